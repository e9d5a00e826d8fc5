"""`scaffold`: draft operations into a spec from the installed vendor metadata.

`python -m toolchain scaffold tencentcloud/vclm/2024-05-23 SubmitTextToVideoJob`
drafts the action's path item, schemas, shared structures, examples, error
codes and links into the spec, facts only: every description is left as a
`DRAFT:` for the maintainer (draft.py), and `make lint-specs` refuses the spec
until they are written (house rule `description-draft`). Each cloud's drafter
(drafting.py) reads its own metadata (`SCAFFOLD_BY_CLOUD`): tccli's api.json and examples.json
for Tencent (tencent.py), the official SDK's models and client for Huawei
(huawei.py). The file is changed by inserting text (writer.py), so its
formatting and comments stay.
"""
