package org.projectnexus.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.projectnexus.support.observed.ObservedResponses;

/** Creates the run's database before the first test; see {@link TestDatabase} for its end. */
public class TestDatabaseSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(ObservedResponses.READ_PROPERTY) != null) {
            // The check after the tests (failsafe) reads files only.
            return;
        }
        TestDatabase.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (System.getProperty(ObservedResponses.READ_PROPERTY) != null) {
            return;
        }
        TestDatabase.release();
    }
}
