"""Property tests of the whole API against its own OpenAPI document (schemathesis).

Every operation is called with generated parameters, valid and invalid, on a
small archive; no answer may be a server error or differ from the document.
"""

from __future__ import annotations

import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from pressroom.api.api import api
from pressroom.document import Document

schema = schemathesis.openapi.from_dict(api.get_openapi_schema(path_prefix="/api/v1/"))
schema.app = get_wsgi_application()


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_openapi_document(
    case: schemathesis.Case, archive: list[Document]
) -> None:
    # A cursor is opaque: a string the schema allows may still not be one the API gave
    # out, and 400 is the right answer to it; every other check still applies.
    excluded = [positive_data_acceptance] if (case.query or {}).get("cursor") else []
    case.call_and_validate(excluded_checks=excluded)
