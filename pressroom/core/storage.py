"""Static files with hashed names and far-future caching, forgiving before collectstatic."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    # Before `collectstatic` has written the manifest (tests, a first `runserver`),
    # serve the plain names instead of failing every page.
    manifest_strict = False
