package dev.newsbrief.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemosTest {
  private static Document report(String text) {
    return new Document(new Article("r1", "T", text, null, null, null, "test"), List.of(), List.of(), List.of());
  }

  @Test
  void aValueIsComputedOncePerObjectAndKeyNotPerEqualObject() {
    Document a = report("The dam held."), twin = report("The dam held.");
    assertThat(twin).isEqualTo(a);
    AtomicInteger computed = new AtomicInteger();
    assertThat(a.memo("test.length", () -> computed.incrementAndGet() * 100)).isEqualTo(100);
    assertThat(a.memo("test.length", () -> computed.incrementAndGet() * 100)).isEqualTo(100);
    // equal by value but another object: its own memo (a record's hash would cost a pass over its tokens)
    assertThat(twin.memo("test.length", () -> computed.incrementAndGet() * 100)).isEqualTo(200);
    assertThat(a.memo("test.other", () -> "x")).isEqualTo("x");
    assertThat(computed).hasValue(2);
  }

  @Test
  void whatACollectedObjectHeldIsForgotten() throws InterruptedException {
    int before = Memos.owners();
    for (int i = 0; i < 1000; i++) report("Report " + i).memo("test.big", () -> new byte[1024]);
    assertThat(Memos.owners()).isGreaterThan(before);
    // the reports are unreachable: once collected, their memos go too (the collector is asked, not forced)
    for (int attempt = 0; attempt < 50 && Memos.owners() > before + 100; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(Memos.owners()).isLessThanOrEqualTo(before + 100);
  }
}
