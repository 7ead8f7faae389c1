package io.github.patchwork4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LimiterTest {

  @Test
  void grantsUpToMaxThenInArrivalOrder() {
    Limiter limiter = new Limiter(2);
    Limiter.Permit a = limiter.acquire().join();
    limiter.acquire().join();
    CompletableFuture<Limiter.Permit> third = limiter.acquire();
    CompletableFuture<Limiter.Permit> fourth = limiter.acquire();
    assertThat(third).isNotDone();
    assertThat(limiter.tryAcquire()).isEmpty();

    a.release();
    a.release(); // a second release returns nothing more

    assertThat(third).isCompleted();
    assertThat(fourth).isNotDone();
    assertThat(limiter.peak()).isEqualTo(2);
  }

  @Test
  void aWaiterThatGaveUpIsSkipped() {
    Limiter limiter = new Limiter(1);
    Limiter.Permit a = limiter.acquire().join();
    CompletableFuture<Limiter.Permit> gaveUp = limiter.acquire();
    CompletableFuture<Limiter.Permit> next = limiter.acquire();
    gaveUp.cancel(true);

    a.release();

    assertThat(next).isCompleted();
    next.join().release();
    assertThat(limiter.tryAcquire()).isPresent();
  }

  @Test
  void holdsEveryWaiterBackWhileTooManyAnswersWaitToBeDecoded() {
    Limiter limiter = new Limiter(8, 1);
    Limiter.Permit first = limiter.acquire().join();
    Limiter.Permit second = limiter.acquire().join();

    first.received();
    CompletableFuture<Limiter.Permit> third = limiter.acquire();

    assertThat(third).as("one answer waits to be decoded").isNotDone();
    assertThat(limiter.tryAcquire()).isEmpty();
    second.release(); // not received: frees a slot, but the decode still holds the others back
    assertThat(third).isNotDone();
    first.release(); // decoded
    assertThat(third).isCompleted();
    assertThat(limiter.tryAcquire()).isPresent();
  }

  @Test
  void aReleasedPermitNoLongerCountsAsReceived() {
    Limiter limiter = new Limiter(8, 1);
    Limiter.Permit p = limiter.acquire().join();
    p.release();
    p.received();

    assertThat(limiter.acquire()).isCompleted();
  }
}
