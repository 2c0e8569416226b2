package org.guerillapolicy.platform.database;

import java.nio.file.Path;

/** Another running copy of the platform already uses the data folder. */
public class DataFolderInUseException extends IllegalStateException {

    public DataFolderInUseException(Path dataFolder) {
        super("Another copy of Guerilla Policy is already running with the data folder "
                + dataFolder.toAbsolutePath() + ". Stop that copy first, or give this one its own folder"
                + " with --guerilla.data-folder=<path>.");
    }
}
