"""Static files with hashed names and far-future caching, forgiving before collectstatic."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    # Before `collectstatic` has run (tests, a first `runserver`), link the plain
    # names, which whitenoise serves from the apps' folders, instead of failing.
    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return super().stored_name(name)
        except ValueError:
            return name
