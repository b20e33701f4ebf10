"""JSON Schema (draft 2020-12) over numbers read exactly, with python3-jsonschema: a document's and a
schema's numbers become Python ints and decimal.Decimal, never binary64 doubles, so that a bound
is compared as written. The tests that hold the library's schemas to its parser use it
(tests/schema/check_agreement.py, tests/http/check_openapi.py)."""
import decimal
import json

import jsonschema

# How this validator reads numbers, as tests/schema/differences.json's categories name it.
NUMBERS = "exact"


def load(text):
    """JSON text to a value whose non-integer numbers are Decimals."""
    return json.loads(text, parse_float=decimal.Decimal)


def _is_integer(checker, instance):
    # The draft's "integer": any number with a zero fraction, an int or a Decimal alike.
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    return isinstance(instance, decimal.Decimal) and instance.is_finite() and instance == instance.to_integral_value()


Validator = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer))
