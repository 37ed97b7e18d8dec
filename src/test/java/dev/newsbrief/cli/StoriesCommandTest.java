package dev.newsbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesCommandTest {
  @TempDir Path dir;

  private static final String SPILL = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers, and sank two days later;"
      + " BP has been trying to stop the oil gushing from the well a mile under the Gulf of Mexico.";
  private static final String FLU = "The H1N1 strain of swine flu, first found in Mexico, mixes pig, bird and human viruses;"
      + " the World Health Organization says it spreads from person to person.";
  private static final String[][] SPILL_REPORTS = {
      {"Oil reaches Louisiana coast", "Oil from the leaking BP well reached the Louisiana coast as the spill spread."},
      {"BP to try to cap leaking well", "BP said engineers would try to cap the well that has leaked oil since the rig sank."},
      {"Fishermen fear for season", "Fishermen in Louisiana fear the BP oil spill will ruin the season as the slick drifts ashore."},
      {"BP must pay for clean-up", "The US government ordered BP to pay for the clean-up of the oil spill."}};
  private static final String[][] FLU_REPORTS = {
      {"Mexico City closes schools", "Swine flu cases rose in Mexico City, where schools closed as the H1N1 virus spread."},
      {"WHO raises swine flu alert", "The World Health Organization raised its swine flu alert as H1N1 cases were confirmed."},
      {"Mexico City empties", "Mexico City emptied as the swine flu outbreak grew; the H1N1 virus has killed dozens."},
      {"Swine flu cases falling", "Health officials in Mexico said new H1N1 swine flu cases were falling."}};

  /** Writes reports as files under {@code folder/<date>/}, headline on the first line. */
  private Path pile(String folder, String background, String[][] reports, int firstDay) throws Exception {
    Path p = dir.resolve(folder);
    for (int i = 0; i < reports.length; i++) {
      Path day = p.resolve(String.format("2010-05-%02d", firstDay + i));
      Files.createDirectories(day);
      Files.writeString(day.resolve(folder + i + ".txt"), reports[i][0] + "\n\n" + reports[i][1] + " " + background + "\n");
    }
    return p;
  }

  @Test
  void sortsAMixedPileAndKeepsStoryIdsAcrossRuns() throws Exception {
    Path spill = pile("spill", SPILL, SPILL_REPORTS, 3);
    Path flu = pile("flu", FLU, FLU_REPORTS, 3);
    Path odd = dir.resolve("odd.txt");
    Files.writeString(odd, "New console sells out\n\nThe games console sold out in hours as gamers queued overnight outside shops.\n");
    Path out = dir.resolve("out"), state = dir.resolve("state");

    MainTest.Run r = MainTest.run("stories", spill.toString(), flu.toString(), odd.toString(), "--out", out.toString(),
        "--state", state.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("2 stories in 9 reports (1 of them single reports)").contains("single reports:").contains("odd.txt");
    JsonNode stories = new ObjectMapper().readTree(out.resolve("stories.json").toFile());
    assertThat(stories).hasSize(3);
    Map<String, String> storyOf = new HashMap<>();
    for (JsonNode s : stories) {
      assertThat(s.get("id").asText()).isNotBlank();
      assertThat(s.get("headline").asText()).isNotBlank();
      for (JsonNode rep : s.get("reports")) storyOf.put(rep.get("id").asText(), s.get("id").asText());
      int inEvents = 0;
      for (JsonNode e : s.get("events")) inEvents += e.size();
      assertThat(inEvents).isEqualTo(s.get("reports").size());
    }
    // every report listed once, under its path; each pile's reports in one story, the odd one alone
    assertThat(storyOf).hasSize(9);
    String spillStory = storyOf.get(spill.resolve("2010-05-03/spill0.txt").toString());
    String fluStory = storyOf.get(flu.resolve("2010-05-03/flu0.txt").toString());
    assertThat(spillStory).isNotEqualTo(fluStory);
    storyOf.forEach((id, story) -> {
      if (id.contains("spill")) assertThat(story).isEqualTo(spillStory);
      if (id.contains("flu")) assertThat(story).isEqualTo(fluStory);
    });
    // a briefing for each story of two or more reports, dated from the folders the reports are filed under
    assertThat(Files.readString(out.resolve(spillStory + ".md"))).contains("## Summary");
    assertThat(out.resolve(storyOf.get(odd.toString()) + ".md")).doesNotExist();
    assertThat(stories.get(0).get("first").asText()).isEqualTo("2010-05-03");

    // a later run: a new report joins its story under the same id; the old ones are left where they are
    Path later = dir.resolve("later/2010-05-09");
    Files.createDirectories(later);
    Files.writeString(later.resolve("spill9.txt"), "Tar balls in the marshes\n\nTar balls from the BP oil spill washed up"
        + " in Louisiana marshes. " + SPILL + "\n");
    MainTest.Run again = MainTest.run("stories", spill.toString(), later.toString(), "--state", state.toString());
    assertThat(again.code()).as(again.err()).isEqualTo(ExitCode.OK);
    assertThat(again.err()).contains("4 report(s) already placed");
    assertThat(again.out()).contains(spillStory + " ").contains("5 reports");

    // written files are not replaced without --force, and nothing is written when one would be
    String before = Files.readString(out.resolve("stories.json"));
    MainTest.Run refused = MainTest.run("stories", spill.toString(), "--out", out.toString());
    assertThat(refused.code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(refused.err()).contains("exists; use --force");
    assertThat(Files.readString(out.resolve("stories.json"))).isEqualTo(before);
  }

  @Test
  void readsJsonLinesFromStandardInputUnderTheirIds() throws Exception {
    java.io.InputStream old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(("{\"id\":\"r1\",\"title\":\"Oil reaches coast\",\"text\":\"Oil from the"
          + " leaking BP well reached the Louisiana coast as the Deepwater Horizon spill spread across the Gulf of Mexico.\"}\n"
          + "{\"id\":\"r2\",\"title\":\"BP to cap well\",\"text\":\"BP said it would try to cap the Deepwater Horizon well"
          + " leaking oil into the Gulf of Mexico off Louisiana.\"}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      Path out = dir.resolve("out");
      MainTest.Run r = MainTest.run("stories", "-", "--out", out.toString(), "--format", "json");
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).startsWith("1 story in 2 reports");
      JsonNode stories = new ObjectMapper().readTree(out.resolve("stories.json").toFile());
      assertThat(stories.get(0).get("reports").findValuesAsText("id")).containsExactly("r1", "r2");
      assertThat(new ObjectMapper().readTree(out.resolve(stories.get(0).get("id").asText() + ".json").toFile()).get("summary")).isNotEmpty();
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void outAndStateMustBeFolders() throws Exception {
    Path spill = pile("spill", SPILL, SPILL_REPORTS, 3);
    Path file = Files.writeString(dir.resolve("a-file"), "mine");
    assertThat(MainTest.run("stories", spill.toString(), "--out", file.toString()).code()).isEqualTo(ExitCode.OUTPUT);
    assertThat(MainTest.run("stories", spill.toString(), "--state", file.toString()).code()).isEqualTo(ExitCode.INPUT);
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void aStateThatCannotBeReadIsAnInputError() throws Exception {
    Path spill = pile("spill", SPILL, SPILL_REPORTS, 3);
    Path state = Files.createDirectories(dir.resolve("state"));
    Files.writeString(state.resolve("state.json"), "{not json");
    MainTest.Run r = MainTest.run("stories", spill.toString(), "--state", state.toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT);
    assertThat(r.err()).contains("cannot read the state");
    assertThat(Files.readString(state.resolve("state.json"))).isEqualTo("{not json"); // left as it was
  }

  @Test
  void briefSaysWhenReportsAreNotOneStory() throws Exception {
    List<String> files = new ArrayList<>();
    String[][] unrelated = {
        {"New console sells out", "The games console sold out in hours as gamers queued overnight outside shops in Tokyo."},
        {"Senate passes budget", "The Senate passed the budget bill after a long debate over taxes and spending cuts."},
        {"Electric car recalled", "The carmaker recalled its electric car over a battery fault that can start fires."},
        {"Storm hits coast", "A storm brought floods and power cuts to the coast, and ferries were cancelled."},
        {"Striker signs for club", "The striker signed a four-year contract with the club after a medical on Monday."}};
    for (int i = 0; i < unrelated.length; i++) {
      Path f = dir.resolve("page" + i + ".txt");
      Files.writeString(f, unrelated[i][0] + "\n\n" + unrelated[i][1] + "\n");
      files.add(f.toString());
    }
    List<String> args = new ArrayList<>(List.of("brief"));
    args.addAll(files);
    MainTest.Run r = MainTest.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("these 5 reports do not tell one story; they tell 5").contains("Senate passes budget")
        .contains("use --all");
    args.addAll(List.of("--all", "--format", "json"));
    MainTest.Run each = MainTest.run(args.toArray(String[]::new));
    assertThat(each.code()).isEqualTo(ExitCode.OK);
    assertThat(new ObjectMapper().readTree(each.out())).hasSize(5);
    // one story's reports are briefed as before, with no note
    MainTest.Run one = MainTest.run("brief");
    assertThat(one.err()).doesNotContain("one story");
  }
}
