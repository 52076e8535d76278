"""Integrationskompass: municipal integration and diversity strategies, from process to monitoring."""
