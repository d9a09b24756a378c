"""The desk in Django's admin: events with their body, photos, links and tags; catalogs.

Every registration of the project lives here. Workflow moves, preview, revisions and
paste are extra admin views (``views``); each checks its permission and answers 403.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.utils.html import format_html

from pressroom.desk import editing, history, roles, views, workflow
from pressroom.desk.forms import BlockForm, EventForm, PhotoForm, PositionedFormSet
from pressroom.desk.models import AuditEntry, Revision
from pressroom.desk.numbering import next_number
from pressroom.desk.permissions import may_edit
from pressroom.events import models as m
from pressroom.people.models import Person, PersonName, Post
from pressroom.taxonomy.models import Place, Section, Topic

admin.site.site_header = "pressroom desk"
admin.site.site_title = "pressroom desk"
admin.site.index_title = "Events, people and catalogs"

#: Bulk actions and the permission each needs; checked before Django sees the action.
ACTION_PERMISSIONS = {
    "publish_selected": roles.PUBLISH,
    "withdraw_selected": roles.WITHDRAW,
    "unschedule_selected": roles.SCHEDULE,
}


class EditableWithEvent:
    """Inline rows follow the event: an author may change them only while it is a draft."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_add_permission(request, obj) and may_edit(request.user, obj)  # type: ignore[misc]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) and may_edit(request.user, obj)  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_delete_permission(request, obj) and may_edit(request.user, obj)  # type: ignore[misc]


class BlockInline(EditableWithEvent, admin.TabularInline):
    model = m.Block
    form = BlockForm
    formset = PositionedFormSet
    extra = 1
    autocomplete_fields = ["person"]
    classes = ["desk-sortable"]
    verbose_name = "body block"
    verbose_name_plural = "Body: paragraphs, speech turns, omissions, separators"


class PhotoInline(EditableWithEvent, admin.StackedInline):
    model = m.Photo
    form = PhotoForm
    formset = PositionedFormSet
    extra = 0
    classes = ["desk-sortable"]
    readonly_fields = ["preview"]

    @admin.display(description="Picture")
    def preview(self, photo: m.Photo) -> str:
        url = photo.thumbnail_url or photo.image_url
        return format_html('<img src="{}" alt="" style="max-height:120px">', url) if url else "—"


class RelatedLinkForm(forms.ModelForm):
    # RelatedLink keeps a number, not a key; Photo.event is borrowed only to reach the
    # event autocomplete (search by title or number), the number is copied on save.
    see_event = forms.ModelChoiceField(
        queryset=m.Event.objects.all(),
        required=False,
        label="Event",
        widget=AutocompleteSelect(m.Photo._meta.get_field("event"), admin.site),
        help_text="Search events by title or number; fills title, date and number.",
    )

    class Meta:
        model = m.RelatedLink
        fields = ["position", "group", "kind", "see_event", "title", "date", "target_number"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        target = data.get("see_event")
        if target is not None:
            data["target_number"] = target.number
            data["title"] = data.get("title") or target.title
            data["date"] = data.get("date") or target.date
            for name in ("target_number", "title", "date"):
                setattr(self.instance, name, data[name])
                self.errors.pop(name, None)
        elif not data.get("title"):
            self.add_error("title", "Give the title, or choose an event.")
        return data


class RelatedLinkInline(EditableWithEvent, admin.TabularInline):
    model = m.RelatedLink
    form = RelatedLinkForm
    formset = PositionedFormSet
    extra = 0
    classes = ["desk-sortable"]
    verbose_name_plural = "See also"

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["title"].required = False
        formset.form.base_fields["group"].initial = 0
        formset.form.base_fields["kind"].initial = m.RelatedLink.Kind.SEE_ALSO
        return formset


class TagInline(EditableWithEvent, admin.TabularInline):
    extra = 0
    fields = ["position"]


class SectionInline(TagInline):
    model = m.EventSection
    autocomplete_fields = ["section"]
    fields = ["section", "position"]
    verbose_name_plural = "Sections"


class TopicInline(TagInline):
    model = m.EventTopic
    autocomplete_fields = ["topic"]
    fields = ["topic", "position"]
    verbose_name_plural = "Topics"


class PlaceInline(TagInline):
    model = m.EventPlace
    autocomplete_fields = ["place"]
    fields = ["place", "position"]
    verbose_name_plural = "Geography"


class EventPersonForm(forms.ModelForm):
    class Meta:
        model = m.EventPerson
        fields = ["person", "name", "position"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        person = data.get("person")
        if person is not None and not data.get("name"):
            data["name"] = person.tag_name
            self.instance.name = person.tag_name
            self.errors.pop("name", None)
        return data


class PersonInline(TagInline):
    model = m.EventPerson
    form = EventPersonForm
    autocomplete_fields = ["person"]
    fields = ["person", "name", "position"]
    verbose_name_plural = "Persons"

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any) -> Any:
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.base_fields["name"].required = False
        return formset


@admin.register(m.Event)
class EventAdmin(admin.ModelAdmin):
    form = EventForm
    change_form_template = "desk/event_change_form.html"
    list_display = ["number", "title", "status_badge", "publish_at", "date", "incomplete"]
    list_display_links = ["number", "title"]
    list_filter = ["status", "language", "incomplete", "sections"]
    search_fields = ["title", "lead", "=number"]
    date_hierarchy = "date"
    ordering = ["-updated_at"]
    list_per_page = 50
    readonly_fields = ["status", "publish_at", "locked_fields", "document_hash", "source_format",
                       "source_url", "first_imported", "last_imported", "created_at",
                       "updated_at"]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["title", "lead", ("date", "time"), "place", "incomplete"]}),
        ("Page", {"fields": [("number", "language"), "section_word", "gallery_size"]}),
        ("Publication", {"fields": [("status", "publish_at"),
                                    ("publication_date", "publication_time"), "direct_link"]}),
        ("Correction", {"fields": ["correction_note"]}),
        ("Provenance", {"classes": ["collapse"], "fields": [
            "source_format", "source_url", "locked_fields", "document_hash", "first_imported",
            "last_imported", "created_at", "updated_at"]}),
    ]  # fmt: skip
    inlines = [BlockInline, PhotoInline, RelatedLinkInline, SectionInline, TopicInline,
               PlaceInline, PersonInline]  # fmt: skip
    actions = ["publish_selected", "withdraw_selected", "unschedule_selected"]

    class Media:
        js = ["desk/reorder.js"]
        css = {"all": ["desk/desk.css"]}

    @admin.display(description="Status", ordering="status")
    def status_badge(self, event: m.Event) -> str:
        label = event.get_status_display()
        return format_html('<span class="desk-status desk-{}">{}</span>', event.status, label)

    # -- permissions -----------------------------------------------------------------

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_change_permission(request, obj) and may_edit(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_delete_permission(request, obj) and may_edit(request.user, obj)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        for name, permission in ACTION_PERMISSIONS.items():
            if name in actions and not request.user.has_perm(permission):
                del actions[name]
        return actions

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        action = request.POST.get("action", "") if request.method == "POST" else ""
        permission = ACTION_PERMISSIONS.get(action)
        if permission and not request.user.has_perm(permission):
            raise PermissionDenied(f"The action {action} needs {permission}.")
        return super().changelist_view(request, extra_context)

    # -- saving: the forms edit a Document, which the store writes -------------------

    def save_model(self, request: HttpRequest, obj: m.Event, form: Any, change: bool) -> None:
        """Nothing is written here: ``save_related`` has the forms and inlines together."""

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        current = m.Event.objects.get(pk=form.instance.pk) if change else None
        before = history.fresh_document(current) if current is not None else None
        data = form.cleaned_data
        if data.get("number") is None:
            data["number"] = next_number(data["language"])
        doc, row = editing.document_from_forms(form, formsets, before)
        event, revision = history.save_document(
            doc,
            request.user,
            note=data.get("correction_note", ""),
            status=None if change else m.Status.DRAFT,
            key=current.source_key if current is not None else "",
            row=row,
        )
        # The admin logs and redirects to the object it holds: make it the saved row.
        for field in m.Event._meta.concrete_fields:
            setattr(form.instance, field.attname, getattr(event, field.attname))
        form.instance._state.adding = False
        for formset in formsets:
            formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if revision is not None and revision.is_correction:
            messages.info(request, f"Readers will see a correction notice: {revision.summary}")

    # -- workflow --------------------------------------------------------------------

    def _bulk(self, request: HttpRequest, queryset: Any, move: Any, verb: str) -> None:
        done = 0
        for event in queryset:
            try:
                move(event, request.user)
                done += 1
            except workflow.WorkflowError as exc:
                self.message_user(request, str(exc), messages.WARNING)
        self.message_user(request, f"{done} event{'s' if done != 1 else ''} {verb}.")

    @admin.action(description="Publish the selected events now")
    def publish_selected(self, request: HttpRequest, queryset: Any) -> None:
        self._bulk(request, queryset, workflow.publish, "published")

    @admin.action(description="Withdraw the selected events from the public site")
    def withdraw_selected(self, request: HttpRequest, queryset: Any) -> None:
        self._bulk(request, queryset, workflow.withdraw, "withdrawn")

    @admin.action(description="Return the selected scheduled events to draft")
    def unschedule_selected(self, request: HttpRequest, queryset: Any) -> None:
        self._bulk(request, queryset, workflow.unschedule, "returned to draft")

    def get_urls(self) -> list[URLPattern]:
        wrap = self.admin_site.admin_view
        own = [
            path("paste/", wrap(views.PasteView.as_view(model_admin=self)), name="desk_paste"),
        ]
        for name, view in views.EVENT_VIEWS.items():
            route = f"<path:object_id>/{name.replace('_', '/')}/"
            own.append(path(route, wrap(view(self)), name=f"desk_{name}"))
        own.append(
            path(
                "<path:object_id>/revisions/<int:revision_id>/restore/",
                wrap(views.restore(self)),
                name="desk_restore",
            )
        )
        return own + super().get_urls()


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin):
    list_display = ["event", "created_at", "username", "status", "summary", "is_correction"]
    list_filter = ["is_correction", "status"]
    search_fields = ["=event__number", "event__title", "username"]
    list_select_related = ["event"]
    readonly_fields = [f.name for f in Revision._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(RevisionAdmin):
    list_display = ["at", "username", "action", "event_number", "event_title", "detail"]
    list_filter = ["action"]
    search_fields = ["=event_number", "event_title", "username"]
    list_select_related = []
    readonly_fields = [f.name for f in AuditEntry._meta.fields]


class PersonNameInline(admin.TabularInline):
    model = PersonName
    extra = 0
    fields = ["name", "kind", "by_editor"]


class PostInline(admin.TabularInline):
    model = Post
    extra = 0


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["tag_name", "name", "catalog_id"]
    search_fields = ["tag_name", "name", "names__name"]
    inlines = [PersonNameInline, PostInline]

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        if formset.model is PersonName:
            from pressroom.textformat.names import normalize

            for row in formset.forms:
                if row.has_changed() and row.instance.name:
                    row.instance.normalized = normalize(row.instance.name)
        super().save_formset(request, form, formset, change)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "language", "catalog_id"]
    list_filter = ["language"]
    search_fields = ["name"]


@admin.register(Place)
class PlaceAdmin(TopicAdmin):
    list_display = ["name", "language", "kind", "catalog_id"]
    list_filter = ["language", "kind"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "language", "slug"]
    list_filter = ["language"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
