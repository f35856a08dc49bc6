"""A Redis cache that treats an unreachable Redis as an empty cache, so the site keeps serving from the database.

Django's RedisCache raises redis' ConnectionError/TimeoutError on every call while Redis is down, which turns each
page into a 500. Here a failed read is a miss, a failed write is dropped, and one warning per minute goes to the
log. Short socket timeouts (settings.base) keep a hanging Redis from holding up requests for long.
"""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)
WARN_EVERY_SECONDS = 60
_last_warning = 0.0


def _warn(operation: str, error: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning >= WARN_EVERY_SECONDS:
        _last_warning = now
        logger.warning("Redis unavailable (%s: %s); serving without the cache.", operation, error)


def _tolerant(fallback):
    """Run the RedisCache method; if Redis cannot be reached, log and return `fallback(*args)` instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except (RedisConnectionError, RedisTimeoutError) as error:
                _warn(method.__name__, error)
                return fallback(*args, **kwargs)

        return wrapper

    return decorate


def _nothing(*_args, **_kwargs):
    return None


def _false(*_args, **_kwargs):
    return False


def _default(_key, default=None, *_args, **_kwargs):
    return default


def _empty_dict(*_args, **_kwargs):
    return {}


def _all_keys_failed(data, *_args, **_kwargs):
    return list(data)


def _missing_key(key, *_args, **_kwargs):
    raise ValueError(f"Key '{key}' not found (cache unavailable)")  # what Django raises for a missing key


class ResilientRedisCache(RedisCache):
    get = _tolerant(_default)(RedisCache.get)
    set = _tolerant(_nothing)(RedisCache.set)
    add = _tolerant(_false)(RedisCache.add)
    touch = _tolerant(_false)(RedisCache.touch)
    delete = _tolerant(_false)(RedisCache.delete)
    get_many = _tolerant(_empty_dict)(RedisCache.get_many)
    set_many = _tolerant(_all_keys_failed)(RedisCache.set_many)
    delete_many = _tolerant(_nothing)(RedisCache.delete_many)
    has_key = _tolerant(_false)(RedisCache.has_key)
    incr = _tolerant(_missing_key)(RedisCache.incr)
    clear = _tolerant(_false)(RedisCache.clear)
