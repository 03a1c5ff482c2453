from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_state import ImportState
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.cell_problem import CellProblem
  from ..models.import_counts import ImportCounts
  from ..models.import_row import ImportRow





T = TypeVar("T", bound="ImportPublic")



@_attrs_define
class ImportPublic:
    """ 
        Attributes:
            id (UUID): The import's id: `GET /v1/imports/{import_id}` shows it again.
            created_at (datetime.datetime): When the import was made (RFC 3339 date-time).
            state (ImportState):
            commit (bool): Whether the import was asked to write (`?commit=true`).
            media_type (str): The file's media type.
            file_bytes (int): The file's size in bytes.
            file_sha256 (str): The SHA-256 of the file, hex: which file this report is of.
            counts (ImportCounts):
            rows (list[ImportRow]): Every data row, in sheet and row order.
            problems (list[CellProblem]): Every problem of every refused row, each at its cell; empty unless `refused`.
     """

    id: UUID
    created_at: datetime.datetime
    state: ImportState
    commit: bool
    media_type: str
    file_bytes: int
    file_sha256: str
    counts: ImportCounts
    rows: list[ImportRow]
    problems: list[CellProblem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cell_problem import CellProblem # noqa: PLC0415
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row import ImportRow # noqa: PLC0415
        id = str(self.id)

        created_at = self.created_at.isoformat()

        state = self.state.value

        commit = self.commit

        media_type = self.media_type

        file_bytes = self.file_bytes

        file_sha256 = self.file_sha256

        counts = self.counts.to_dict()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        problems = []
        for problems_item_data in self.problems:
            problems_item = problems_item_data.to_dict()
            problems.append(problems_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "created_at": created_at,
            "state": state,
            "commit": commit,
            "media_type": media_type,
            "file_bytes": file_bytes,
            "file_sha256": file_sha256,
            "counts": counts,
            "rows": rows,
            "problems": problems,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell_problem import CellProblem # noqa: PLC0415
        from ..models.import_counts import ImportCounts # noqa: PLC0415
        from ..models.import_row import ImportRow # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        state = ImportState(d.pop("state"))




        commit = d.pop("commit")

        media_type = d.pop("media_type")

        file_bytes = d.pop("file_bytes")

        file_sha256 = d.pop("file_sha256")

        counts = ImportCounts.from_dict(d.pop("counts"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = ImportRow.from_dict(rows_item_data)



            rows.append(rows_item)


        problems = []
        _problems = d.pop("problems")
        for problems_item_data in (_problems):
            problems_item = CellProblem.from_dict(problems_item_data)



            problems.append(problems_item)


        import_public = cls(
            id=id,
            created_at=created_at,
            state=state,
            commit=commit,
            media_type=media_type,
            file_bytes=file_bytes,
            file_sha256=file_sha256,
            counts=counts,
            rows=rows,
            problems=problems,
        )


        import_public.additional_properties = d
        return import_public

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
