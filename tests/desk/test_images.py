"""Photo uploads: pictures accepted and resized; anything else refused, nothing stored."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from pressroom.desk import images, roles
from pressroom.events.models import Photo
from tests.desk.conftest import admin_form_data


def picture(size: tuple[int, int] = (800, 600), kind: str = "JPEG", mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "1" else 1).save(out, kind)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )  # fmt: skip


def check(data: bytes, name: str = "photo.jpg") -> Image.Image:
    return images.validate(io.BytesIO(data), name, len(data))


def test_a_jpeg_is_accepted() -> None:
    assert check(picture()).size == (800, 600)


def test_a_png_is_accepted() -> None:
    assert check(picture(kind="PNG"), "photo.png").format == "PNG"


def test_a_text_file_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a picture"):
        check(b"Just some words, not a picture.", "notes.jpg")


def test_a_decompression_bomb_is_refused_without_decoding() -> None:
    with pytest.raises(ValidationError, match=r"megapixels|decompression bomb"):
        check(png_claiming(50_000, 50_000), "bomb.png")


def test_a_100_megapixel_image_is_refused() -> None:
    with pytest.raises(ValidationError, match="100 megapixels"):
        check(picture((10_000, 10_000), "PNG", "1"), "huge.png")


def test_a_file_over_the_byte_limit_is_refused(settings) -> None:
    settings.DESK_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(ValidationError, match="larger than the 1,000 bytes"):
        check(picture())


def test_a_truncated_picture_is_refused() -> None:
    data = picture((400, 400), "PNG")
    with pytest.raises(ValidationError, match=r"damaged|not a picture"):
        check(data[: len(data) // 2], "cut.png")


def test_a_bmp_is_refused_by_type() -> None:
    with pytest.raises(ValidationError, match="BMP files are not accepted"):
        check(picture(kind="BMP"), "old.bmp")


def test_renditions_are_bounded(tmp_path: Path) -> None:
    from django.core.files.storage import FileSystemStorage

    storage = FileSystemStorage(location=tmp_path)
    sizes = images.store_renditions(check(picture((3000, 2000))), "photos/a.jpg", storage)
    with storage.open(sizes.large) as large, storage.open(sizes.thumbnail) as thumb:
        assert Image.open(large).size == (1600, 1067)
        assert Image.open(thumb).size == (320, 213)


# -- through the desk ----------------------------------------------------------------


def _upload(client, event, data_bytes: bytes, name: str):
    url = reverse("admin:events_event_change", args=[event.pk])
    data = admin_form_data(client.get(url))
    data["photos-TOTAL_FORMS"] = "1"
    data.update({
        "photos-0-position": 0, "photos-0-caption": "At the meeting",
        "photos-0-credit": "Press service", "photos-0-image": SimpleUploadedFile(name, data_bytes),
    })  # fmt: skip
    return client.post(url, data)


@pytest.mark.django_db
def test_an_uploaded_photo_gets_a_thumbnail_and_a_large_size(as_user, draft, settings) -> None:
    response = _upload(as_user(roles.AUTHOR), draft, picture((2400, 1600)), "meeting.jpg")
    assert response.status_code == 302, response.content[:3000]
    photo = Photo.objects.get(event=draft)
    assert photo.image_url.endswith("-large.jpg") and photo.thumbnail_url.endswith("-thumb.jpg")
    assert (Path(settings.MEDIA_ROOT) / photo.image.name).exists()
    draft.refresh_from_db()
    assert draft.gallery_size == 1


@pytest.mark.django_db
def test_a_refused_upload_says_why_and_stores_nothing(as_user, draft, settings) -> None:
    response = _upload(as_user(roles.AUTHOR), draft, png_claiming(50_000, 50_000), "bomb.png")
    assert response.status_code == 200
    assert b"bomb.png" in response.content and b"megapixels" in response.content
    assert not Photo.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.*"))
