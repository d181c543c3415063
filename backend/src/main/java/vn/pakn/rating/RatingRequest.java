package vn.pakn.rating;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.pakn.pakn.Rating;

/** A citizen's rating of a completed PAKN, sent by the citizens' portal. */
public record RatingRequest(@NotNull Rating rating, @Size(max = 2000) String comment) {
}
