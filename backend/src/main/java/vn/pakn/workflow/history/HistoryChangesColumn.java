package vn.pakn.workflow.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * The changes of a history entry as the text of its jsonb column. (Hibernate Reactive's own JSON mapping binds a
 * Vert.x JsonObject, which cannot hold the array.)
 */
@Converter
public class HistoryChangesColumn implements AttributeConverter<List<HistoryChange>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<HistoryChange>> CHANGES = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<HistoryChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<HistoryChange> convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
