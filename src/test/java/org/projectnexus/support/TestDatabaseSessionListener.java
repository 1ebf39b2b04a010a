package org.projectnexus.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Creates the run's database before the first test; see {@link TestDatabase} for its end. */
public class TestDatabaseSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestDatabase.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.release();
    }
}
