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


async def get_context(request: Request) -> services.ServiceContext:
    """Return the app's service context, its clock stopped for this request.

    FastAPI makes this once per request, so the services and the page agree on `now`.
    """
    context: services.ServiceContext = request.app.state.context
    return context.at(context.now())


ContextDep = Annotated[services.ServiceContext, Depends(get_context)]


async def get_now(context: ContextDep) -> datetime:
    """Return the request's time, from the app's clock (a fixed one in tests)."""
    return context.now()


async def get_settings(request: Request) -> WebSettings:
    """Return the app's settings."""
    settings: WebSettings = request.app.state.settings
    return settings


NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
