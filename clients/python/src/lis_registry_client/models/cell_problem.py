from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CellProblem")



@_attrs_define
class CellProblem:
    """ 
        Attributes:
            rule (str): Why: an import check (`IMPORT-DATE`, `IMPORT-REQUIRED`, `IMPORT-VALUE`, `IMPORT-UNKNOWN`, `IMPORT-
                FORMULA`, `IMPORT-MERGED`, `IMPORT-AMBIGUOUS-PERSON`, `IMPORT-DEPUTY-OF`, `IMPORT-FIXED`), or the mandate rule
                (see /v1/rules) or protocol code a single write would have refused with.
            message (str): What is wrong, in words.
            sheet (str): The sheet (or CSV file) as the user sees it, e.g. `Medlemmer`.
            row (int): The row number as Excel shows it (the header is row 1).
            column (None | str): The column letter, e.g. `F`; null when the row as a whole.
     """

    rule: str
    message: str
    sheet: str
    row: int
    column: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        rule = self.rule

        message = self.message

        sheet = self.sheet

        row = self.row

        column: None | str
        column = self.column


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule": rule,
            "message": message,
            "sheet": sheet,
            "row": row,
            "column": column,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule = d.pop("rule")

        message = d.pop("message")

        sheet = d.pop("sheet")

        row = d.pop("row")

        def _parse_column(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        column = _parse_column(d.pop("column"))


        cell_problem = cls(
            rule=rule,
            message=message,
            sheet=sheet,
            row=row,
            column=column,
        )


        cell_problem.additional_properties = d
        return cell_problem

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
