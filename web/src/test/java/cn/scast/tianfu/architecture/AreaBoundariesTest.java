package cn.scast.tianfu.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business areas ({@code cn.scast.tianfu.<area>}, across all modules) depend on each other without cycles, and
 * no area reaches into another area's entry points (its API resources, screens, servlets and batch artifacts): those
 * belong to the area that owns them, other areas use its services and model.
 */
class AreaBoundariesTest {

    private static final String ROOT = "cn.scast.tianfu.";
    private static final List<String> ENTRY_POINT_ANNOTATIONS = List.of("jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider",
            "jakarta.inject.Named", "jakarta.servlet.annotation.WebServlet", "jakarta.servlet.annotation.WebFilter");

    private static JavaClasses production;

    /** The web module sees every other module on its class path: domain, ejb, batch and seeds. */
    @BeforeAll
    static void importEveryModule() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.scast.tianfu");
        for (String sample : List.of("cn.scast.tianfu.listing.Listing", "cn.scast.tianfu.listing.ListingService",
                "cn.scast.tianfu.imports.JobControl", "cn.scast.tianfu.listing.ListingResource")) {
            assertTrue(production.contain(sample), "imported " + sample);
        }
    }

    @Test
    void areasAreFreeOfCycles() {
        slices().matching("cn.scast.tianfu.(*)..").namingSlices("$1").should().beFreeOfCycles().check(production);
    }

    @Test
    void noAreaUsesAnotherAreasEntryPoints() {
        classes().should(new ArchCondition<JavaClass>("use only their own area's resources, screens and batch artifacts") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (isEntryPoint(target) && !areaOf(target).equals(areaOf(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(production);
    }

    /** The import engine is one area; what an area imports lives in that area ({@code <area>.imports}). */
    @Test
    void eachAreasImportsLiveInThatArea() {
        classes().that().resideInAPackage("cn.scast.tianfu.imports..")
                .should().resideInAnyPackage("cn.scast.tianfu.imports", "cn.scast.tianfu.imports.file")
                .check(production);
    }

    private static boolean isEntryPoint(JavaClass type) {
        return type.getPackageName().startsWith(ROOT)
                && ENTRY_POINT_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith);
    }

    private static String areaOf(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(ROOT.length(), type.getPackageName().length()));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
