package org.projectnexus.support.observed;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Empties the file of observed responses when a recording test run starts. */
public class ObservedResponsesSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        ObservedResponses.reset();
    }
}
