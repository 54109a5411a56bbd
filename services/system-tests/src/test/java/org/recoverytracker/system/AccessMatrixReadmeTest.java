package org.recoverytracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README.md's access table is the matrix the system tests prove, not a copy that drifts from it. */
class AccessMatrixReadmeTest {

    @Test
    void readmeShowsTheAccessMatrixAsTested() throws IOException {
        Path readme = Path.of(System.getProperty("basedir", ".")).resolve("../../README.md").normalize();

        assertThat(Files.readString(readme)).as("README.md must contain this table:%n%s", AccessMatrix.markdown())
                .contains(AccessMatrix.markdown());
    }
}
