import pytest

from core.durations import format_duration, parse_duration
from core.errors import ConfigError
from core.settings import Settings, load_config, read_yaml


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("15m", 900), ("1h", 3600), ("2d", 172800), ("1h30m", 5400), ("250ms", 0.25), (45, 45), ("12", 12)],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "soon", "5 parsecs", "1h-", -1, True])
def test_parse_duration_rejects(bad):
    with pytest.raises(ConfigError):
        parse_duration(bad)


@pytest.mark.parametrize(("seconds", "text"), [(900, "15m"), (3600, "1h"), (90, "90s"), (0.5, "0.5s")])
def test_format_duration_round_trips(seconds, text):
    assert format_duration(seconds) == text
    assert parse_duration(text) == seconds


def test_env_overrides_yaml(tmp_path, monkeypatch):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("kafka:\n  bootstrap: 10.0.0.1:9092\n  partitions: 3\nfeeds:\n  - url: http://a/\n"
                   "subscriptions:\n  - id: s\n    actors: [Q1]\n")
    monkeypatch.setenv("NEWSRADAR_KAFKA_BOOTSTRAP", "127.0.0.1:19092")
    config = load_config(cfg)
    assert config.settings.kafka_bootstrap == "127.0.0.1:19092"
    assert config.settings.kafka_partitions == 3
    assert config.feeds == [{"url": "http://a/"}]
    assert config.subscriptions[0]["id"] == "s"


def test_settings_are_frozen():
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError for frozen models
        Settings().kafka_bootstrap = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "message"),
    [("kafka:\n  bootstrapp: x\n", "unknown setting"), ("ingest:\n  deadline: forever\n", "ingest_deadline"),
     ("- a\n- b\n", "mapping"), ("kafka: [\n", "YAML")],
)
def test_bad_config_is_a_clear_error(tmp_path, text, message):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_config(cfg)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")


def test_read_yaml_names_the_kind_of_file_and_the_path(tmp_path):
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds: [unclosed\n")
    with pytest.raises(ConfigError, match=r"feeds file .*feeds\.yaml is not valid YAML"):
        read_yaml(bad, "feeds file")
    with pytest.raises(ConfigError, match=r"cannot read feeds file .*absent\.yaml"):
        read_yaml(tmp_path / "absent.yaml", "feeds file")
    (tmp_path / "ok.yaml").write_text("a: [1, 2]\n")
    assert read_yaml(tmp_path / "ok.yaml") == {"a": [1, 2]}


def test_state_file_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert Settings().state_file == str(tmp_path / "newsradar" / "state.db")


def test_env_reference_lists_every_setting():
    names = {row[0] for row in Settings.env_reference()}
    assert "NEWSRADAR_KAFKA_BOOTSTRAP" in names and "NEWSRADAR_API_TOKEN" in names
    assert len(names) == len(Settings.model_fields)


def test_smtp_ca_file_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSRADAR_NOTIFY_SMTP_CA_FILE", "/etc/newsradar/smtp-ca.pem")
    assert load_config().settings.notify_smtp_ca_file == "/etc/newsradar/smtp-ca.pem"
