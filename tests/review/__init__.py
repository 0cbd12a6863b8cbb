"""The reviewer's tests, one module per part of secondchance.core.review."""
