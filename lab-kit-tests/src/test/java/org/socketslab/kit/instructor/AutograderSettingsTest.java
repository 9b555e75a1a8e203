package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketslab.kit.grading.Visibility;

class AutograderSettingsTest {

    @Test
    void whatTheZipSavesIsWhatGradingReads(@TempDir Path dir) throws IOException {
        AutograderSettings settings = new AutograderSettings(List.of("chapter-tcp", "chapter-udp"), Visibility.AFTER_PUBLISHED, 5, 2000);
        settings.write(dir.resolve(AutograderSettings.FILE));
        assertThat(AutograderSettings.read(dir.resolve(AutograderSettings.FILE))).isEqualTo(settings);
    }

    @Test
    void noChapterOrNoTimeIsAClearError() {
        assertThatThrownBy(() -> new AutograderSettings(List.of(), Visibility.VISIBLE, 5, 2000))
                .hasMessageContaining("at least one chapter");
        assertThatThrownBy(() -> new AutograderSettings(List.of("chapter-tcp"), Visibility.VISIBLE, 0, 2000))
                .hasMessageContaining("1 minute or more");
        assertThat(AutograderSettings.list(" chapter-tcp, ,chapter-udp ")).containsExactly("chapter-tcp", "chapter-udp");
    }

    @Test
    void optionsAreNamedValuesOrFlags() {
        assertThat(InstructorTool.options(new String[] {"learner-edition", "out", "--git"})).containsEntry("--git", "");
        assertThat(InstructorTool.options(new String[] {"autograder-zip", "a.zip", "--chapters", "chapter-tcp", "--visibility",
                "hidden"})).containsEntry("--chapters", "chapter-tcp").containsEntry("--visibility", "hidden");
        assertThatThrownBy(() -> InstructorTool.options(new String[] {"leak-scan", "x", "stray"}))
                .hasMessageContaining("unexpected argument stray");
    }
}
