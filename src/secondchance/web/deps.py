"""Typed dependencies shared by the pages and the API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request

from secondchance import services
from secondchance.web.settings import WebSettings


def get_context(request: Request) -> services.ServiceContext:
    """Return the app's service context, its clock stopped for this request.

    FastAPI makes this once per request, so the services and the page agree on `now`.
    """
    context: services.ServiceContext = request.app.state.context
    return context.at(context.now())


ContextDep = Annotated[services.ServiceContext, Depends(get_context)]


def get_now(context: ContextDep) -> datetime:
    """Return the request's time, from the app's clock (a fixed one in tests)."""
    return context.now()


def get_settings(request: Request) -> WebSettings:
    """Return the app's settings."""
    settings: WebSettings = request.app.state.settings
    return settings


NowDep = Annotated[datetime, Depends(get_now)]
SettingsDep = Annotated[WebSettings, Depends(get_settings)]
