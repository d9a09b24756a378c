"""Photo uploads: refuse what is not a safe picture before anything is stored, then resize.

Checks run on the header first (type, byte size, pixel count), so a decompression bomb
is refused without being decoded; only then is the whole picture decoded once.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import PurePath
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
LARGE_SIDE = 1600
THUMBNAIL_SIDE = 320


@dataclass(frozen=True)
class Renditions:
    original: str
    large: str
    thumbnail: str


def max_bytes() -> int:
    return int(getattr(settings, "DESK_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))


def max_pixels() -> int:
    return int(getattr(settings, "DESK_MAX_IMAGE_PIXELS", 50_000_000))


def validate(upload: IO[bytes], name: str, size: int) -> Image.Image:
    """The decoded picture, or a ValidationError that says what is wrong with ``name``."""
    if size > max_bytes():
        raise ValidationError(
            f"{name}: {size:,} bytes is larger than the {max_bytes():,} bytes allowed."
        )
    upload.seek(0)
    data = upload.read(max_bytes() + 1)
    try:
        with warnings.catch_warnings():
            # Pillow's own warning would come before our clearer check of the same thing.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            header = Image.open(io.BytesIO(data))
            kind = header.format or ""
            width, height = header.size
            if kind not in ALLOWED_FORMATS:
                raise ValidationError(
                    f"{name}: {kind or 'this'} files are not accepted; "
                    f"upload {', '.join(ALLOWED_FORMATS)}."
                )
            _check_pixels(name, width, height)
            picture = Image.open(io.BytesIO(data))
            picture.load()
    except Image.DecompressionBombError:
        raise ValidationError(
            f"{name}: the picture claims far more than the {max_pixels() / 1_000_000:.0f} "
            "megapixels allowed (a decompression bomb?)."
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(f"{name}: not a picture (JPEG, PNG, WEBP or GIF).") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(f"{name}: the picture is damaged ({exc}).") from None
    return picture


def _check_pixels(name: str, width: int, height: int) -> None:
    if width * height > max_pixels():
        megapixels = width * height / 1_000_000
        raise ValidationError(
            f"{name}: {width}×{height} is {megapixels:.0f} megapixels; "
            f"at most {max_pixels() / 1_000_000:.0f} megapixels are accepted."
        )


def _resized(picture: Image.Image, side: int) -> bytes:
    copy = picture.convert("RGB")
    copy.thumbnail((side, side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def store_renditions(
    picture: Image.Image, stored_name: str, storage: Storage = default_storage
) -> Renditions:
    """Write the large and thumbnail sizes beside the stored original; their names."""
    stem = PurePath(stored_name)
    base = f"{stem.parent}/{stem.stem}"
    large = storage.save(f"{base}-large.jpg", ContentFile(_resized(picture, LARGE_SIDE)))
    thumb = storage.save(f"{base}-thumb.jpg", ContentFile(_resized(picture, THUMBNAIL_SIDE)))
    return Renditions(original=stored_name, large=large, thumbnail=thumb)
