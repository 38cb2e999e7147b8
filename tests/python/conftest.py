"""Shared pytest setup: the generators live in validation/, not in an installed package."""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "validation"))
# Nothing in the suite downloads: a configuration whose defaults name a Hub checkpoint must fail fast.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
