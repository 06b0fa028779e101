package org.dlkit.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabTest {
  @TempDir Path notebooks;

  @Test
  void findsALabByNumberShortNumberOrFolderAndPlacesItUnderNotebooksInAHome() throws IOException {
    Files.writeString(Files.createDirectories(notebooks.resolve("01-perceptron")).resolve("perceptron.ipynb"), "{}");
    Files.writeString(Files.createDirectories(notebooks.resolve("02-backprop")).resolve("backprop.ipynb"), "{}");
    for (String name : new String[] {"01", "1", "01-perceptron", "01-perceptron/"}) {
      Lab lab = Lab.find(notebooks, name);
      assertEquals("01-perceptron", lab.folder(), name);
      assertEquals("notebooks/01-perceptron/perceptron.ipynb", lab.inHome());
    }
    assertEquals(2, Lab.all(notebooks).size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lab.find(notebooks, "07"));
    assertEquals("no lab '07' in " + notebooks + "; the labs are [01-perceptron, 02-backprop]", e.getMessage());
  }
}
