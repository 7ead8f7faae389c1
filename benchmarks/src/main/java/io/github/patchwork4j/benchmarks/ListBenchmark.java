package io.github.patchwork4j.benchmarks;

import io.github.patchwork4j.client.PatchQuery;
import io.github.patchwork4j.client.PatchworkClient;
import io.github.patchwork4j.model.Patch;
import io.github.patchwork4j.testkit.FakePatchwork;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing all 644 patches of project {@code alpha} through the client against a {@link
 * FakePatchwork} on 127.0.0.1: 3 pages at {@code per_page=250} (the client's default) against 22
 * at 30 (the server's default). Measures the client and the fake together over loopback HTTP; a
 * real server adds its own time per request, which is what fewer pages save.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ListBenchmark {

  /** {@code per_page}. */
  @Param({"250", "30"})
  public int perPage;

  private FakePatchwork fake;
  private PatchworkClient pw;
  private PatchQuery query;

  /** Starts the fake and a client (version negotiated once, before measuring). */
  @Setup(Level.Trial)
  public void setUp() {
    fake = FakePatchwork.start();
    pw = PatchworkClient.builder().baseUrl(fake.baseUrl().toString()).build();
    query = PatchQuery.builder().project("alpha").pageSize(perPage).build();
    int n = listAll().size();
    if (n != 644) {
      throw new IllegalStateException("expected the 644 patches of alpha, got " + n);
    }
  }

  /** Stops the client and the fake. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pw.close();
    fake.close();
  }

  /** Every patch of {@code alpha}, following {@code Link: rel="next"}. */
  @Benchmark
  public List<Patch> listAll() {
    return pw.patches().list(query).toList().join();
  }
}
