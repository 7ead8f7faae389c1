package io.github.patchwork4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.patchwork4j.client.internal.ApiContext;
import io.github.patchwork4j.client.internal.QueryParams;
import io.github.patchwork4j.model.ApiVersion;
import io.github.patchwork4j.model.CheckState;
import io.github.patchwork4j.model.EventCategory;
import io.github.patchwork4j.model.PatchState;
import java.net.URI;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How queries are written: the way the server reads them (docs/server-behaviour.md). */
class QueryRenderingTest {

  private static final URI ENDPOINT = URI.create("http://h/api/1.3/x/");
  private static final ApiContext V13 = new ApiContext(ApiVersion.V1_3, URI.create("http://h/api/1.3/"), true);

  private static final ApiContext V10 = new ApiContext(ApiVersion.V1_0, URI.create("http://h/api/1.0/"), false);

  private static String render(Resources.QueryWriter q) {
    return render(V13, q);
  }

  private static String render(ApiContext ctx, Resources.QueryWriter q) {
    QueryParams p = new QueryParams();
    q.writeTo(ctx, p, ENDPOINT);
    return p.encode();
  }

  @Test
  void singleValuesByIdOrLinkNamePassTheGateOfAnApi10Server() {
    assertThat(render(V10, PatchQuery.builder().project("alpha").submitter(4).delegate(2).state(PatchState.NEW)
        .archived(false).build()::writeTo))
        .isEqualTo("project=alpha&submitter=4&delegate=2&state=new&archived=false");
    assertThat(render(V10, EventQuery.builder().project(1).patch(3).orderByDescending(EventQuery.Order.DATE)
        .build()::writeTo))
        .isEqualTo("project=1&patch=3&order=-date");
  }

  @Test
  void offersNoPatchOrderThatRepeatsPatches() {
    // order=check joins the check table: a patch with n checks would come n times.
    assertThat(java.util.Arrays.stream(PatchQuery.Order.values()).map(PatchQuery.Order::field))
        .containsExactly("id", "name", "project", "date", "state", "archived", "submitter");
  }

  @Test
  void refusesACommaListOrADigitOnlyNameWhichTheServerReadsDifferently() {
    // ?project=alpha,beta matches no project (the server does not split), and a value made of
    // digits is looked up as an id.
    assertThatThrownBy(() -> PatchQuery.builder().project("alpha,beta"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comma").hasMessageContaining("once per value");
    assertThatThrownBy(() -> CoverQuery.builder().submitter("a@example.com,b@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BundleQuery.builder().owner("maint,other"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckQuery.builder().user("maint, other"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeriesQuery.builder().project("2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("as an id").hasMessageContaining("project(long)");
    assertThatThrownBy(() -> PatchQuery.builder().delegate("42"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventQuery.builder().project("7"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repeatsMultiValueFiltersAndReplacesSingleValueOnes() {
    PatchQuery q = PatchQuery.builder().project("alpha").project(2).state(PatchState.NEW)
        .state(PatchState.of("Changes Requested")).archived(true).archived(false).build();
    assertThat(render(q::writeTo))
        .isEqualTo("project=alpha&project=2&state=new&state=changes-requested&archived=false");
  }

  @Test
  void writesMsgidWithoutBracketsAndDatesWithoutZone() {
    PatchQuery q = PatchQuery.builder().msgid("<20240101.abc@example.org>")
        .since(LocalDateTime.of(2025, 1, 1, 0, 0))
        .before(LocalDateTime.of(2025, 3, 1, 12, 30, 5, 123_456_789)).build();
    assertThat(render(q::writeTo))
        .isEqualTo("msgid=20240101.abc%40example.org&since=2025-01-01T00%3A00%3A00"
            + "&before=2025-03-01T12%3A30%3A05.123456");
  }

  @Test
  void writesTheCheckStateAsItsIntegerAndTheActorAsAUserId() {
    assertThat(render(CheckQuery.builder().state(CheckState.FAIL).context("build").user("maint").build()::writeTo))
        .isEqualTo("state=3&context=build&user=maint");
    assertThat(render(EventQuery.builder().actor(2).category(EventCategory.PATCH_DELEGATED)
        .orderBy(EventQuery.Order.DATE).build()::writeTo))
        .isEqualTo("actor=2&category=patch-delegated&order=date");
    assertThatThrownBy(() -> CheckQuery.builder().state(CheckState.of("flaky")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flaky");
  }

  @Test
  void joinsOrderFieldsAndKeepsEachOnce() {
    PatchQuery q = PatchQuery.builder().orderByDescending(PatchQuery.Order.DATE).orderBy(PatchQuery.Order.ID)
        .orderBy(PatchQuery.Order.DATE).build();
    assertThat(render(q::writeTo)).isEqualTo("order=id%2Cdate");
  }

  @Test
  void queriesAreImmutableValues() {
    PatchQuery.Builder b = PatchQuery.builder().project("alpha");
    PatchQuery first = b.build();
    PatchQuery second = b.q("driver").build();

    assertThat(render(first::writeTo)).isEqualTo("project=alpha");
    assertThat(first).isNotEqualTo(second).isEqualTo(PatchQuery.builder().project("alpha").build());
    assertThat(first.toBuilder().pageSize(50).build().pageSize()).hasValue(50);
    assertThat(first.pageSize()).isEmpty();
  }

  @Test
  void rejectsValuesTheServerWouldTurnIntoAnEmptyList() {
    assertThatThrownBy(() -> PatchQuery.builder().project(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PatchQuery.builder().series(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PatchQuery.builder().msgid("<>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PatchQuery.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
