package dev.newsbrief.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbrief.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryDetectorTest {
  private static final LocalDate DAY = LocalDate.of(2010, 5, 3);

  private static ReportFeatures report(String id, LocalDate date, String title, String text) {
    return ReportFeatures.of(new Article(id, title, text, null, null, date, id), id);
  }

  /** What reports of one story repeat, as reports do: the background paragraph. */
  private static final String SPILL_BACKGROUND = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers, and sank two days"
      + " later; BP has been trying to stop the oil gushing from the well a mile under the sea.";
  private static final String FLU_BACKGROUND = "The H1N1 strain of swine flu, first found in Mexico, mixes pig, bird and human"
      + " viruses; the World Health Organization says it spreads from person to person.";

  /** Reports of two stories told in varied words, interleaved as a stream delivers them. */
  static List<ReportFeatures> twoStories() {
    List<ReportFeatures> out = new ArrayList<>();
    String[] spill = {
        "Oil from the leaking BP well off Louisiana reached the coast, as the Deepwater Horizon spill spread across the Gulf of Mexico.",
        "BP said engineers would try to cap the Deepwater Horizon well, which has leaked oil into the Gulf of Mexico since the rig sank.",
        "Fishermen in Louisiana fear the BP oil spill will ruin the season, as the slick from the Deepwater Horizon well drifts ashore.",
        "The US government ordered BP to pay for the clean-up of the Gulf of Mexico oil spill from the Deepwater Horizon well.",
        "Tar balls from the BP oil spill washed up in Louisiana marshes as the Deepwater Horizon leak continued into the Gulf of Mexico."};
    String[] flu = {
        "Swine flu cases rose in Mexico City, where schools closed as the H1N1 virus spread and health officials urged calm.",
        "The World Health Organization raised its swine flu alert as H1N1 cases were confirmed in Mexico and the United States.",
        "Mexico City emptied as the swine flu outbreak grew; the H1N1 virus has killed dozens, health officials said.",
        "Health officials in Mexico said new H1N1 swine flu cases were falling, as the World Health Organization sent experts.",
        "Schools in Mexico reopened after the swine flu closure, as H1N1 cases in the outbreak slowed, health officials said."};
    String[] spillTitles = {"Oil reaches Louisiana coast", "BP to try to cap leaking well", "Fishermen fear for season",
        "BP must pay for clean-up", "Tar balls in the marshes"};
    String[] fluTitles = {"Mexico City closes schools", "WHO raises swine flu alert", "Mexico City empties",
        "Swine flu cases falling", "Mexican schools reopen"};
    // both name Mexico (the Gulf of Mexico, Mexico City): a shared country is no shared story
    for (int i = 0; i < 5; i++) {
      out.add(report("spill-" + i, DAY.plusDays(i), spillTitles[i], spill[i] + " " + SPILL_BACKGROUND));
      out.add(report("flu-" + i, DAY.plusDays(i), fluTitles[i], flu[i] + " " + FLU_BACKGROUND));
    }
    return out;
  }

  private static Map<String, Set<String>> storiesById(List<Storyline> lines) {
    return lines.stream().collect(Collectors.toMap(Storyline::id, l -> Set.copyOf(l.reportIds())));
  }

  @Test
  void reportsOfTwoStoriesSortThemselvesIntoTwoStorylines() {
    List<Storyline> lines = StoryDetector.storiesOf(twoStories(), JoinModel.shipped());
    assertThat(lines).hasSize(2);
    for (Storyline l : lines) {
      assertThat(l.reportIds()).hasSize(5);
      assertThat(l.reportIds().stream().map(id -> id.substring(0, id.indexOf('-'))).distinct()).hasSize(1);
      // each report after the first says which report of the story it is closest to
      assertThat(l.reports().get(0).opened()).isTrue();
      for (var p : l.reports().subList(1, 5)) {
        assertThat(p.opened()).isFalse();
        assertThat(l.reportIds()).contains(p.closest());
        assertThat(p.similarity()).isPositive();
        assertThat(p.probability()).isGreaterThanOrEqualTo(JoinModel.shipped().threshold());
      }
      assertThat(l.first()).isEqualTo(DAY);
      assertThat(l.last()).isEqualTo(DAY.plusDays(4));
    }
    assertThat(StoryDetector.notOneStory(lines)).isFalse(); // half each: the pile holds a story
  }

  @Test
  void unrelatedReportsAreNoStory() {
    List<ReportFeatures> pile = List.of(
        report("a", DAY, "New console sells out", "The games console sold out in hours as gamers queued overnight outside shops."),
        report("b", DAY, "Senate passes budget", "The Senate passed the budget bill after a long debate over taxes and spending."),
        report("c", DAY, "Electric car recalled", "The carmaker recalled its electric car over a battery fault that can start fires."));
    List<Storyline> lines = StoryDetector.storiesOf(pile, JoinModel.shipped().withThreshold(StoryDetector.ONE_STORY_CHECK));
    assertThat(lines).hasSize(3);
    assertThat(StoryDetector.notOneStory(lines)).isTrue();
  }

  @Test
  void aStateKeptBetweenRunsKeepsStoryIds() {
    List<ReportFeatures> stream = twoStories();
    StoryDetector first = new StoryDetector();
    for (ReportFeatures r : stream.subList(0, 8)) first.add(r);
    Map<String, Set<String>> before = storiesById(first.storylines());
    StoryDetector.State state = first.state();

    StoryDetector again = StoryDetector.restore(state, StoryDetector.Settings.DEFAULT, JoinModel.shipped());
    assertThat(again.placedIds()).hasSize(8);
    List<StoryDetector.Placement> later = new ArrayList<>();
    for (ReportFeatures r : stream.subList(8, 10)) later.add(again.add(r));
    // the new reports join the stories they belong to, under the ids those stories had
    for (StoryDetector.Placement p : later) {
      assertThat(p.opened()).isFalse();
      String kind = p.reportId().substring(0, p.reportId().indexOf('-'));
      assertThat(before.get(p.storyId())).allMatch(id -> id.startsWith(kind));
    }
    // and the detector that never stopped places them the same way
    for (ReportFeatures r : stream.subList(8, 10)) {
      StoryDetector.Placement p = first.add(r);
      assertThat(later).anyMatch(q -> q.reportId().equals(p.reportId()) && q.storyId().equals(p.storyId()));
    }
  }

  @Test
  void idleStorylinesLeaveTheIndexButKeepTheirMembers() {
    StoryDetector d = new StoryDetector();
    List<ReportFeatures> stream = twoStories();
    for (ReportFeatures r : stream) d.add(r);
    assertThat(d.activeStorylines()).isEqualTo(2);
    int terms = d.indexedTerms();
    assertThat(terms).isPositive();
    // a report a year later, on the same spill, opens a new storyline: the old ones went idle
    StoryDetector.Placement late = d.add(report("late", DAY.plusDays(365), "Oil reaches Louisiana coast",
        "Oil from the leaking BP well off Louisiana reached the coast, as the Deepwater Horizon spill spread across the Gulf of Mexico."));
    assertThat(late.opened()).isTrue();
    assertThat(d.activeStorylines()).isEqualTo(1);
    assertThat(d.storylines()).hasSize(3);
    assertThat(d.storylines().stream().mapToInt(l -> l.reports().size()).sum()).isEqualTo(11);
  }

  @Test
  void aDetectorThatHandsIdleStoriesOnForgetsThem() {
    List<Storyline> handed = new ArrayList<>();
    StoryDetector d = new StoryDetector().retiringTo(handed::add);
    for (ReportFeatures r : twoStories()) d.add(r);
    d.add(report("late", DAY.plusDays(365), "Senate passes budget", "The Senate passed the budget bill after a long debate."));
    assertThat(handed).hasSize(2);
    assertThat(handed).allMatch(s -> s.reports().size() == 5);
    assertThat(d.storylines()).extracting(Storyline::reportIds).containsExactly(List.of("late"));
  }

  @Test
  void featuresKeepTheHeadlineApart() {
    // the features of a report carry its headline's words apart, for the headline comparison
    ReportFeatures r = report("x", DAY, "Oil spill reaches coast", "Oil reached the coast.");
    assertThat(r.titleTerms()).contains("oil", "spill", "coast");
    assertThat(r.counts().get("oil")).isEqualTo(ReportFeatures.TITLE_WEIGHT + 1);
    assertThat(r.as("y", null).id()).isEqualTo("y");
  }
}
