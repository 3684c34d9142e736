"""The alert stage: subscriptions, evaluation, throttling, the engine, the notifier and the HTTP API.

Entry points for the CLI and the embedded pipeline (each takes the bus; none reads the environment):

* ``alerts.subscriptions.SubscriptionStore(bus, actors)``: ``put`` / ``remove`` / ``list`` / ``get`` /
  ``sync(config_docs)``; ``build_subscription(doc, actors)`` resolves actor names to ids.
* ``alerts.engine.run_engine(bus, stop, idle_exit=...)``: `newsradar alert`.
* ``alerts.notifier.run_notifier(bus, ChannelOptions.from_settings(settings), stop, retry=...,
  idle_exit=..., finish_digests=..., retry_budget=...)``: `newsradar notify`;
  ``send_test(sub, build_senders(options))``: `newsradar subscriptions test ID`.
* ``alerts.serve.serve_stage("alert" | "notify", bus, settings, stop)``; ``python -m alerts.engine`` and
  ``python -m alerts.notifier`` run a stage against Kafka from the environment alone.
* ``alerts.api.create_app(bus, actors=..., token=..., channels=...)``: `newsradar api`.
"""
