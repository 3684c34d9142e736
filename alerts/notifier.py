"""The notifier (`newsradar notify`): group ``newsradar-notify`` over ``newsradar.alerts``.

Per alert: skip it when the delivery log already has it; else throttle (send now or hold for the
digest), then deliver on each of the subscription's channels not yet delivered, retrying with
exponential backoff and jitter while the failure may pass, and dead-lettering it after that.
Every delivery is written to the log, and the input offset is committed only after the batch's
records are acknowledged, so a notifier killed at any point and restarted delivers everything and
repeats only deliveries that were in flight (same ``webhook-id``): the one being made, and at most
one before it whose record the broker was still acknowledging. That one acknowledgement overlaps
the next delivery (one broker round trip per delivery would otherwise cap a partition at a few
hundred alerts per second).

The delivery log is co-partitioned with the alerts: the consumer restores the log's partitions with
the alerts partitions it is given, before any alert of them, and drops them when they are taken away.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime

from alerts.channels import ChannelOptions, Sender, build_senders, channel_key
from alerts.deliveries import DeliveryLog, decision_key, delivery_key
from alerts.metrics import AlertMetrics, alert_metrics
from alerts.subscriptions import SubscriptionIndex
from alerts.throttle import Throttler
from core.bus.base import Bus, Consumer, Message, StopFlag, Table
from core.bus.topics import ALERTS, DELIVERIES, DLQ, SUBSCRIPTIONS
from core.contracts import (
    ActorRef,
    Alert,
    AlertArticle,
    Channel,
    Digest,
    Evidence,
    EvidenceMention,
    Subscription,
    decode,
    encode,
    utcnow,
)
from core.errors import DeliveryError
from core.service import settle_heap

__all__ = ["GROUP", "Notifier", "RetryPolicy", "run_notifier", "send_test"]

log = logging.getLogger(__name__)

GROUP = "newsradar-notify"
SUBSCRIPTION_WAIT = 5.0  # seconds an alert waits for its subscription to show up in our table


class RetryPolicy:
    """Attempts and backoff: ``base * 2**n`` capped at ``cap``, with equal jitter; Retry-After wins if longer."""

    def __init__(self, attempts: int = 6, base: float = 1.0, cap: float = 300.0,
                 rng: Callable[[], float] = random.random) -> None:
        self.attempts, self.base, self.cap, self._rng = attempts, base, cap, rng

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        step = min(self.cap, self.base * 2 ** (failures - 1))
        delay = step / 2 + self._rng() * step / 2
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        return delay


class Notifier:
    def __init__(self, bus: Bus, options: ChannelOptions, *, retry: RetryPolicy | None = None,
                 clock: Callable[[], datetime] = utcnow, sleep: Callable[[float], None] = time.sleep,
                 metrics: AlertMetrics | None = None, senders: dict[str, Sender] | None = None) -> None:
        self.bus = bus
        self.retry = retry or RetryPolicy()
        self.metrics = metrics or alert_metrics()
        self.senders = senders if senders is not None else build_senders(options)
        self.index = SubscriptionIndex()
        self.log = DeliveryLog(bus)
        self.throttle = Throttler(clock)
        self._clock, self._sleep = clock, sleep
        self._owner: dict[str, int] = {}  # subscription -> alerts partition, for digests' records
        # Monotonic time after which a failing delivery is not retried again (`newsradar run --once`
        # bounds its whole run); None = only the attempt count bounds retries.
        self.retry_deadline: float | None = None
        self._missing: dict[str, float] = {}  # subscription -> when it was last found missing
        self.subscription_wait = SUBSCRIPTION_WAIT
        self._acker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notify-ack")
        self._ack: Future[None] | None = None
        self._table: Table | None = None

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self, timeout: float = 60.0) -> None:
        """Read the subscriptions whole (no I/O in the constructor); the delivery log comes with each assignment."""
        self._table = self.bus.table(SUBSCRIPTIONS, on_change=self.index.apply)
        self._table.wait_ready(timeout)
        for key, value in self._table.snapshot().items():
            self.index.apply(key, value)

    def close(self) -> None:
        try:
            self._await_ack()
        finally:
            self._acker.shutdown(wait=True)
        if self._table is not None:
            self._table.close()
        for sender in self.senders.values():
            sender.close()

    def on_assign(self, partitions: list[int], restored: dict[bytes, bytes]) -> None:
        """Take over the delivery records, throttle periods and pending digests of ``partitions``'
        subscriptions, from the log records the bus restored for them."""
        records = self.log.restore(partitions, restored)
        for period in self.log.periods(partitions):
            sub = self.index.get(period.subscription)
            if sub is not None:
                self._owner[sub.id] = period.partition
                self.throttle.restore(sub, period.start, period.sent, period.held)
        log.info("notifier assigned partitions %s (%d log records, %d alerts held for digests)", partitions,
                 records, self.throttle.held())
        settle_heap()  # the restored log lives as long as the assignment: keep full collections off it

    def on_revoke(self, partitions: list[int]) -> None:
        # Whoever gets these partitions next (this notifier too) restores them from the topic: every
        # record written so far must be there first.
        self._await_ack()
        self.log.send_deferred()
        self.bus.flush()
        for sub, partition in list(self._owner.items()):
            if partition in partitions:
                self.throttle.forget(sub)
                del self._owner[sub]
        self.log.drop(partitions)

    def consumer(self) -> Consumer:
        return self.bus.consumer(GROUP, [ALERTS], on_assign=self.on_assign, on_revoke=self.on_revoke,
                                 restore=DELIVERIES)

    # --- work --------------------------------------------------------------------------------

    def handle(self, batch: Sequence[Message]) -> None:
        for message in batch:
            if message.value is None:
                continue
            self.process(decode(Alert, message.value), message.partition)
        self.log.send_deferred()  # decisions no delivery record carried (no channel left to deliver on)
        self.tick()
        self._await_ack()

    def _subscription(self, sub_id: str) -> Subscription | None:
        """The subscription, waiting a moment when it is unknown: the engine may have seen a new one
        before our follower of the topic did, and an alert must not be dropped for that."""
        sub = self.index.get(sub_id)
        if sub is not None or time.monotonic() - self._missing.get(sub_id, -1e9) < 60.0:
            return sub
        deadline = time.monotonic() + self.subscription_wait
        while sub is None and time.monotonic() < deadline:
            time.sleep(0.02)
            sub = self.index.get(sub_id)
        if sub is None:
            self._missing[sub_id] = time.monotonic()
        return sub

    def process(self, alert: Alert, partition: int) -> None:
        sub = self._subscription(alert.subscription)
        if sub is None:
            log.info("alert for a removed subscription dropped", extra={"subscription": alert.subscription})
            return
        self._owner[sub.id] = partition
        decided = self.log.get(decision_key(alert.id))
        if decided is None:
            decision = self.throttle.admit(sub, alert)
            self.log.decide(alert, partition, "send" if decision.send else "hold", decision.period_start,
                            defer=decision.send)
            if not decision.send:
                self.metrics.throttled.inc()
                return
        elif decided["decision"] != "send":
            return  # held for (or already in) a digest
        self._deliver_all(alert, sub, partition, alert.subscription)

    def idle(self) -> None:
        """The consumer loop's idle hook: digests are due even when no alert arrives."""
        self.tick()

    def tick(self, *, all_pending: bool = False) -> int:
        """Deliver the digests whose period ended (all of them with ``all_pending``); how many."""
        digests = self.throttle.due(all_pending=all_pending)
        for digest in digests:
            sub = self.index.get(digest.subscription)
            # The throttle holds digests only of subscriptions whose partition we own (set on the
            # alert or on restore, both dropped together on revoke).
            partition = self._owner[digest.subscription]
            if sub is not None:
                self._deliver_all(digest, sub, partition, digest.subscription)
            for alert in digest.alerts:
                self.log.decide(alert, partition, "digested", digest.period[0])
        if digests:
            self._await_ack()
            self.bus.flush()
        return len(digests)

    def _await_ack(self) -> None:
        """Wait until the last delivery record is acknowledged (raises the bus's error if it was not)."""
        ack, self._ack = self._ack, None
        if ack is not None:
            ack.result()

    def _deliver_all(self, item: Alert | Digest, sub: Subscription, partition: int, subscription: str) -> None:
        for channel in sub.channels:
            key = channel_key(channel)
            if self.log.get(delivery_key(item.id, key)) is not None:
                continue
            outcome, attempts, reason = self._attempt(item, channel)
            # The previous record must be acknowledged before this one is written: never more than
            # one finished delivery unrecorded.
            self._await_ack()
            self.log.delivered(item.id, subscription, key, partition, outcome, attempts, reason,
                               digest=isinstance(item, Digest), flush=False)
            self._ack = self._acker.submit(self.bus.flush)
            self.metrics.deliveries.labels(channel.type, outcome).inc()
            if outcome == "delivered":
                self._observe_latency(item)
            else:
                self._dead_letter(item, channel, reason)

    def _attempt(self, item: Alert | Digest, channel: Channel) -> tuple[str, int, str]:
        sender = self.senders[channel.type]
        for attempt in range(1, self.retry.attempts + 1):
            try:
                sender.deliver(item, channel)
                return "delivered", attempt, ""
            except DeliveryError as exc:
                reason = str(exc)
                delay = self.retry.delay(attempt, exc.retry_after)
                out_of_time = self.retry_deadline is not None and time.monotonic() + delay > self.retry_deadline
                if out_of_time:
                    reason = f"{reason} (no time left to retry)"
                if not exc.retryable or attempt == self.retry.attempts or out_of_time:
                    log.warning("delivery failed for good after %d attempt(s): %s", attempt, reason,
                                extra={"subscription": item.subscription, "channel": channel.type})
                    return ("refused" if not exc.retryable else "failed"), attempt, reason
                log.info("delivery attempt %d failed (%s); retrying in %.2fs", attempt, reason, delay,
                         extra={"subscription": item.subscription, "channel": channel.type})
                self.metrics.retries.labels(channel.type).inc()
                self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _dead_letter(self, item: Alert | Digest, channel: Channel, reason: str) -> None:
        self.bus.send(DLQ, encode(item), key=item.subscription.encode("utf-8"), headers={
            "dlq.reason": reason.encode("utf-8")[:2000], "dlq.stage": b"notify", "dlq.topic": ALERTS.encode(),
            "dlq.channel": channel_key(channel).encode(), "dlq.kind": item.kind.encode(),
        })
        self.bus.flush()
        self.metrics.dlq.inc()

    def _observe_latency(self, item: Alert | Digest) -> None:
        if isinstance(item, Alert) and item.article.fetched_at is not None:
            self.metrics.latency.observe(max(0.0, (utcnow() - item.article.fetched_at).total_seconds()))


def run_notifier(bus: Bus, options: ChannelOptions, stop: StopFlag, *, retry: RetryPolicy | None = None,
                 metrics: AlertMetrics | None = None, idle_exit: float | None = None,
                 finish_digests: bool = False, retry_budget: float | None = None) -> int:
    """The `newsradar notify` loop until ``stop`` (or ``idle_exit`` seconds without an alert); alerts handled.

    ``finish_digests`` sends every pending digest before returning and ``retry_budget`` (seconds from
    now) stops retrying after that time: both for ``newsradar run --once``.
    """
    from core.service import run_consumer

    notifier = Notifier(bus, options, retry=retry, metrics=metrics)
    if retry_budget is not None:
        notifier.retry_deadline = time.monotonic() + retry_budget
    notifier.start()
    try:
        handled = run_consumer(bus, notifier.consumer(), notifier.handle, stop, stage="notify", group=GROUP,
                               on_idle=notifier.idle, idle_exit=idle_exit)
        if finish_digests:
            notifier.tick(all_pending=True)
        return handled
    finally:
        notifier.close()


def send_test(sub: Subscription, senders: dict[str, Sender]) -> list[tuple[str, str]]:
    """One test notification through each channel of ``sub`` (`newsradar subscriptions test ID`).

    Returns (channel key, "ok" or the error) per channel; nothing is recorded or retried.
    """
    now = utcnow()
    text = "This is a test notification from newsradar."
    alert = Alert(id=f"test-{int(now.timestamp())}", subscription=sub.id,
                  article=AlertArticle(id="test", title="newsradar test notification", source="newsradar",
                                       fetched_at=now),
                  actors=[ActorRef(id=a, name=a) for a in sub.actors],
                  evidence=[Evidence(text=text, mentions=[EvidenceMention(start=10, end=14, actor=sub.actors[0])])],
                  created_at=now)
    out = []
    for channel in sub.channels:
        try:
            senders[channel.type].deliver(alert, channel)
            out.append((channel_key(channel), "ok"))
        except DeliveryError as exc:
            out.append((channel_key(channel), str(exc)))
    return out


if __name__ == "__main__":  # pragma: no cover - `python -m alerts.notifier`
    from alerts.serve import serve

    raise SystemExit(serve("notify"))
