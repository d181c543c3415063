package vn.pakn.testing;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** After every test the clock is real time again, so that a test that moved it cannot move the next one's. */
public class ClockReset implements QuarkusTestAfterEachCallback {

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        Arc.container().instance(TestClock.class).get().reset();
    }
}
