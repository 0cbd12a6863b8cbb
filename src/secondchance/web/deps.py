"""Typed dependencies shared by the pages and the API.

They are coroutines though they never wait: FastAPI runs a plain function dependency in its
thread pool, and three such hops cost a page more than the lookups themselves (#19).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from secondchance import services
from secondchance.web.settings import WebSettings


async def get_db(request: Request) -> services.Database:
    """Return the app's database."""
    database: services.Database = request.app.state.db
    return database


async def get_now(request: Request) -> datetime:
    """Return the current time from the app's clock (a fixed one in tests)."""
    now: datetime = request.app.state.clock()
    return now


async def get_settings(request: Request) -> WebSettings:
    """Return the app's settings."""
    settings: WebSettings = request.app.state.settings
    return settings


DbDep = Annotated[services.Database, Depends(get_db)]
NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
