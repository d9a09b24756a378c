"""The desk's forms: an event and its rows as an editor sees them, scheduling, pasting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from pressroom.desk import images
from pressroom.events import models as m

MAX_PASTE_CHARS = 2_000_000


class EventForm(forms.ModelForm):
    correction_note = forms.CharField(
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="For an event readers can already see: what was corrected and why. "
        "Shown in the public list of corrections (the editor's name never is).",
    )

    class Meta:
        model = m.Event
        # The admin's fieldsets choose what is shown; these are what an editor may change.
        fields = ["title", "lead", "date", "time", "place", "incomplete", "number", "language",
                  "section_word", "gallery_size", "publication_date", "publication_time",
                  "direct_link"]  # fmt: skip
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2, "cols": 80}),
            "lead": forms.Textarea(attrs={"rows": 3, "cols": 80}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "number" in self.fields:
            self.fields["number"].required = False
            self.fields["number"].help_text = "Leave empty: the desk gives the next free number."
        if self.instance.pk is not None:
            # The id and language name the event the edited Document replaces.
            for name in ("number", "language"):
                if name in self.fields:
                    self.fields[name].disabled = True

    def clean_number(self) -> int | None:
        number = self.cleaned_data.get("number")
        if number is None and self.instance.pk is not None:
            return self.instance.number
        return number


class BlockForm(forms.ModelForm):
    class Meta:
        model = m.Block
        fields = ["position", "kind", "label", "person", "role", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "cols": 70})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind, text = data.get("kind"), (data.get("text") or "").strip()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        if kind == m.Block.Kind.TURN:
            if not (data.get("label") or "").strip():
                self.add_error("label", "A speech turn needs the speaker's label as printed.")
            if not lines:
                self.add_error("text", "A speech turn needs at least one paragraph.")
        elif kind == m.Block.Kind.NARRATIVE:
            if not lines:
                self.add_error("text", "A narrative block needs its paragraph.")
            elif len(lines) > 1:
                self.add_error(
                    "text", "A narrative block is one paragraph: add a block for the next one."
                )
        elif kind in (m.Block.Kind.OMISSION, m.Block.Kind.SEPARATOR):
            lines = []
            data["label"], data["role"], data["person"] = "", "", None
        data["text"] = "\n".join(lines)
        return data


class PositionedFormSet(BaseInlineFormSet):
    """Two rows may not claim one position; gaps are closed when the event is saved."""

    def clean(self) -> None:
        # Before the formset's own uniqueness check, whose message names no rows.
        seen: dict[int, int] = {}
        for i, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or data.get("position") is None:
                continue
            position = data["position"]
            if position in seen:
                raise ValidationError(
                    f"Rows {seen[position] + 1} and {i + 1} both have position {position}."
                )
            seen[position] = i
        super().clean()


class PhotoForm(forms.ModelForm):
    # A plain file field: the checks in ``images`` replace Django's, which decode the
    # whole picture before anything else and name neither the file nor the limit.
    image = forms.FileField(required=False, widget=forms.ClearableFileInput)

    class Meta:
        model = m.Photo
        fields = ["position", "image", "caption", "credit", "agency"]
        widgets = {"caption": forms.Textarea(attrs={"rows": 2, "cols": 50})}
        help_texts = {"agency": "Credited to a news agency: outside the site's CC BY licence."}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._picture: Any = None
        self.fields["image"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp,image/gif"

    def clean_image(self) -> Any:
        upload = self.cleaned_data.get("image")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            self._picture = images.validate(upload.file, upload.name, upload.size)
        return upload

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        missing = not data.get("image") and not self.instance.image_url
        if missing and "image" not in self.errors and not data.get("DELETE"):
            self.add_error("image", "Upload the picture.")
        return data

    def save(self, commit: bool = True) -> m.Photo:
        photo = super().save(commit=False)
        if self._picture is not None:
            # Store the original first, then the sizes named after it.
            photo.image.save(photo.image.name, photo.image.file, save=False)
            sizes = images.store_renditions(self._picture, photo.image.name)
            photo.image_url = photo.image.storage.url(sizes.large)
            photo.thumbnail_url = photo.image.storage.url(sizes.thumbnail)
        if commit:
            photo.save()
        return photo


class ScheduleForm(forms.Form):
    publish_at = forms.DateTimeField(
        label="Publish at",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        help_text="Site time zone. Readers see the event from this moment on.",
    )

    def clean_publish_at(self) -> Any:
        value = self.cleaned_data["publish_at"]
        if value < timezone.now() - dt.timedelta(minutes=1):
            raise ValidationError("That time has passed: publish now instead.")
        return value


class PasteForm(forms.Form):
    text = forms.CharField(
        required=False,
        max_length=MAX_PASTE_CHARS,
        widget=forms.Textarea(attrs={"rows": 20, "cols": 100}),
        help_text="A whole text version, or the body alone as 'Label: text' lines.",
    )
    upload = forms.FileField(required=False, help_text="Or a .txt file (UTF-8).")
    title = forms.CharField(
        required=False, max_length=1000, help_text="For a pasted body without a title."
    )
    event_number = forms.IntegerField(
        required=False,
        min_value=1,
        help_text="Replace the body of this event instead of creating a draft.",
    )

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if not upload.name.lower().endswith(".txt"):
            raise ValidationError(f"{upload.name}: upload a .txt file.")
        if upload.size > MAX_PASTE_CHARS * 4:
            raise ValidationError(f"{upload.name}: {upload.size:,} bytes is too long.")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"{upload.name}: not UTF-8 (byte {exc.start}).") from None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        source = data.get("upload") or data.get("text") or ""
        if not source.strip():
            raise ValidationError("Paste a transcript or upload a .txt file.")
        data["source"] = source.replace("\r\n", "\n")
        return data
