package io.github.patchwork4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.patchwork4j.model.json.PatchworkJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffHashTest {

  private static final String DATASET = "fixtures/recordings/dataset/patches.json";

  private static final String DIFF = String.join("\n",
      "diff --git a/mm/file1.c b/mm/file1.c",
      "index b3e5524..f3281cc 100644",
      "--- a/mm/file1.c",
      "+++ b/mm/file1.c",
      "@@ -292,4 +292,4 @@ static int helper_0(void)",
      " \tint ret0 = 0;",
      "-\tval = compute_0(x);",
      "+\tval = compute_0(x, flags);",
      " \treturn ret0;",
      " }",
      "");

  @Test
  void everyPatchOfTheRecordedDataSetHasTheHashTheServerGaveIt() throws IOException {
    List<Patch> patches;
    try (InputStream in = DiffHashTest.class.getClassLoader().getResourceAsStream(DATASET)) {
      assertThat(in).as("the recorded data set on the test classpath").isNotNull();
      patches = PatchworkJson.mapper().readValue(in, new TypeReference<List<Patch>>() { });
    }
    assertThat(patches).as("the data set's patches").hasSizeGreaterThan(600);
    for (Patch p : patches) {
      assertThat(p.diff().map(DiffHash::of)).as("hash of patch %d", p.id()).isEqualTo(p.hash());
    }
    // the pull request of the data set has neither a diff nor a hash
    assertThat(patches).filteredOn(p -> p.diff().isEmpty()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.pullUrl()).isPresent());
  }

  @Test
  void ignoresWhereTheHunkIsAndWhichPrefixesTheFileNamesHave() {
    String moved = DIFF.replace("@@ -292,4 +292,4 @@ static int helper_0(void)", "@@ -10,4 +12,4 @@");
    String noPrefix = DIFF.replace("--- a/mm/", "--- mm/").replace("+++ b/mm/", "+++ mm/");
    String mnemonic = DIFF.replace("--- a/", "--- i/").replace("+++ b/", "+++ w/");
    assertThat(DiffHash.of(moved)).isEqualTo(DiffHash.of(DIFF));
    assertThat(DiffHash.of(mnemonic)).isEqualTo(DiffHash.of(DIFF));
    // without prefixes the first component of the path is lost: another file for the server
    assertThat(DiffHash.of(noPrefix)).isNotEqualTo(DiffHash.of(DIFF));
  }

  @Test
  void ignoresCarriageReturnsSurroundingBlanksAndLinesThatAreNotPartOfTheChange() {
    String crlf = DIFF.replace("\n", "\r\n");
    String framed = "\n\n  " + DIFF.replace("index b3e5524..f3281cc 100644\n", "")
        + "\\ No newline at end of file\n\n";
    assertThat(DiffHash.of(crlf)).isEqualTo(DiffHash.of(DIFF));
    assertThat(DiffHash.of(framed)).isEqualTo(DiffHash.of(DIFF));
  }

  @Test
  void changesWithTheCodeTheLineCountsAndTheFileName() {
    assertThat(DiffHash.of(DIFF.replace("compute_0(x, flags)", "compute_0(x, 0)"))).isNotEqualTo(DiffHash.of(DIFF));
    assertThat(DiffHash.of(DIFF.replace("@@ -292,4 +292,4 @@", "@@ -292,5 +292,4 @@")))
        .isNotEqualTo(DiffHash.of(DIFF));
    assertThat(DiffHash.of(DIFF.replace("file1.c", "file2.c"))).isNotEqualTo(DiffHash.of(DIFF));
  }

  @Test
  void aMissingLineCountIsOne() {
    assertThat(DiffHash.of(DIFF.replace("@@ -292,4 +292,4 @@", "@@ -292,1 +292,1 @@")))
        .isEqualTo(DiffHash.of(DIFF.replace("@@ -292,4 +292,4 @@", "@@ -292 +292 @@")));
  }

  @Test
  void isLowerCaseHexSha1() {
    assertThat(DiffHash.of(DIFF)).matches("[0-9a-f]{40}");
    // nothing hashed: the SHA-1 of no bytes
    assertThat(DiffHash.of("not a diff\n")).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
  }
}
