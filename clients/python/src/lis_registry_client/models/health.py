from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.health_database_type_0 import HealthDatabaseType0
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="Health")



@_attrs_define
class Health:
    """ The service answers; when ready, which database it serves from. A service that is not ready
    answers 503 with a problem instead.

        Attributes:
            status (Literal['ok']): Always `ok`: anything else is a 503 problem.
            database (HealthDatabaseType0 | None): The database dialect (readiness only).
     """

    status: Literal['ok']
    database: HealthDatabaseType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status = self.status

        database: None | str
        if isinstance(self.database, HealthDatabaseType0):
            database = self.database.value
        else:
            database = self.database


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "database": database,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal['ok'] , d.pop("status"))
        if status != 'ok':
            raise ValueError(f"status must match const 'ok', got '{status}'")

        def _parse_database(data: object) -> HealthDatabaseType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                database_type_0 = HealthDatabaseType0(data)



                return database_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthDatabaseType0 | None, data)

        database = _parse_database(d.pop("database"))


        health = cls(
            status=status,
            database=database,
        )


        health.additional_properties = d
        return health

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
