package vn.pakn.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the database for every @QuarkusTest. */
@QuarkusTestResource(DatabaseResource.class)
public class GlobalTestResources {
}
