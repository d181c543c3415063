-- A unit that requires its leader's approval of results: the leaders hear in the app when a result waits for them.
insert into message_template (code, name, subject, body) values
    ('RESULT_TO_APPROVE', 'Kết quả chờ phê duyệt', 'Kết quả phản ánh {code} chờ phê duyệt',
     '{actor} đã cập nhật kết quả phản ánh {code} "{title}". Đơn vị yêu cầu lãnh đạo phê duyệt kết quả trước khi trả.');
