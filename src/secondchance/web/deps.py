"""Typed dependencies shared by the pages and the API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from secondchance import services
from secondchance.web.settings import WebSettings


def get_db(request: Request) -> services.Database:
    """Return the app's database."""
    database: services.Database = request.app.state.db
    return database


def get_now(request: Request) -> datetime:
    """Return the current time from the app's clock (a fixed one in tests)."""
    now: datetime = request.app.state.clock()
    return now


def get_settings(request: Request) -> WebSettings:
    """Return the app's settings."""
    settings: WebSettings = request.app.state.settings
    return settings


DbDep = Annotated[services.Database, Depends(get_db)]
NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
