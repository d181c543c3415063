package vn.pakn.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** Package by feature: features meet through services, never through each other's repositories or resources. */
class FeatureBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.pakn");

    @Test
    void commonKnowsNoFeature() {
        noClasses().that().resideInAPackage("vn.pakn.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.pakn.common..", "java..", "javax..",
                        "jakarta..", "io..", "org..", "com..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should(beAccessedOnlyFromTheirOwnFeature())
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void resourcesAreEntryPointsOnly() {
        classes().that().haveSimpleNameEndingWith("Resource")
                .should().onlyHaveDependentClassesThat().haveSimpleNameEndingWith("Resource")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnFeature() {
        return new ArchCondition<>("be accessed only from their own feature") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository);
                for (JavaAccess<?> access : repository.getAccessesToSelf()) {
                    JavaClass origin = access.getOriginOwner();
                    if (!feature(origin).equals(feature)) {
                        events.add(SimpleConditionEvent.violated(access, origin.getName() + " uses "
                                + repository.getName() + ": call its feature's service instead"));
                    }
                }
            }
        };
    }

    /** vn.pakn.<feature>[.sub…] → <feature>. */
    private static String feature(JavaClass javaClass) {
        String[] parts = javaClass.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
