"""The fuzz harnesses are scripts run by hand (see README, Development), never collected by pytest."""

collect_ignore_glob = ["fuzz_*.py"]
