package vn.pakn.pakn.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A hình thức tiếp nhận. */
@Entity
@Table(name = "channel")
public class Channel extends CatalogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    public Long id;

    @Override
    public Long id() {
        return id;
    }
}
