from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.competence import Competence
from ..models.education_role import EducationRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Qualifications")



@_attrs_define
class Qualifications:
    """ What the appointing organisation declares about the person for this seat.

        Attributes:
            specialist_in_specialty (bool | Unset): Specialist in the council's specialty. Default: False.
            senior_consultant (bool | Unset): Overlege. Default: False.
            trainee (bool | Unset): Lege i spesialisering (LIS). Default: False.
            education_roles (list[EducationRole] | Unset): The person's roles in the specialist training, e.g.
                `education_responsible_consultant` (utdanningsansvarlig overlege).
            competences (list[Competence] | Unset): What the person brings to the council's mix of competences (IR-
                COMPETENCE-MIX): `clinical_experience`, `recommended_courses` (knowledge of the recommended courses),
                `pedagogy`, `research`.
     """

    specialist_in_specialty: bool | Unset = False
    senior_consultant: bool | Unset = False
    trainee: bool | Unset = False
    education_roles: list[EducationRole] | Unset = UNSET
    competences: list[Competence] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        specialist_in_specialty = self.specialist_in_specialty

        senior_consultant = self.senior_consultant

        trainee = self.trainee

        education_roles: list[str] | Unset = UNSET
        if not isinstance(self.education_roles, Unset):
            education_roles = []
            for education_roles_item_data in self.education_roles:
                education_roles_item = education_roles_item_data.value
                education_roles.append(education_roles_item)



        competences: list[str] | Unset = UNSET
        if not isinstance(self.competences, Unset):
            competences = []
            for competences_item_data in self.competences:
                competences_item = competences_item_data.value
                competences.append(competences_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if specialist_in_specialty is not UNSET:
            field_dict["specialist_in_specialty"] = specialist_in_specialty
        if senior_consultant is not UNSET:
            field_dict["senior_consultant"] = senior_consultant
        if trainee is not UNSET:
            field_dict["trainee"] = trainee
        if education_roles is not UNSET:
            field_dict["education_roles"] = education_roles
        if competences is not UNSET:
            field_dict["competences"] = competences

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        specialist_in_specialty = d.pop("specialist_in_specialty", UNSET)

        senior_consultant = d.pop("senior_consultant", UNSET)

        trainee = d.pop("trainee", UNSET)

        _education_roles = d.pop("education_roles", UNSET)
        education_roles: list[EducationRole] | Unset = UNSET
        if _education_roles is not UNSET:
            education_roles = []
            for education_roles_item_data in _education_roles:
                education_roles_item = EducationRole(education_roles_item_data)



                education_roles.append(education_roles_item)


        _competences = d.pop("competences", UNSET)
        competences: list[Competence] | Unset = UNSET
        if _competences is not UNSET:
            competences = []
            for competences_item_data in _competences:
                competences_item = Competence(competences_item_data)



                competences.append(competences_item)


        qualifications = cls(
            specialist_in_specialty=specialist_in_specialty,
            senior_consultant=senior_consultant,
            trainee=trainee,
            education_roles=education_roles,
            competences=competences,
        )

        return qualifications

