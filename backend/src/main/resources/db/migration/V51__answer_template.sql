-- Xác nhận hoàn thành with "send a message" ticked: the operator's answer goes to the citizen's phone by SMS.
insert into message_template (code, name, subject, body) values
    ('ANSWERED', 'Trả lời người phản ánh', 'Trả lời phản ánh {code}',
     'Hệ thống 1022 trả lời phản ánh {code} "{title}" của Ông/Bà: {answer}');
