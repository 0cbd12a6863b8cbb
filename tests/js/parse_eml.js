// Read an RFC 5322 message on standard input with mailparser (an independent, JavaScript
// implementation) and print what it understood as JSON.
const { simpleParser } = require("mailparser");

let input = "";
process.stdin.setEncoding("latin1");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const mail = await simpleParser(Buffer.from(input, "latin1"));
  const addresses = (field) => (field ? field.value.map((a) => ({ name: a.name, address: a.address })) : []);
  console.log(JSON.stringify({
    from: addresses(mail.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: mail.subject,
    date: mail.date ? mail.date.toISOString() : null,
    messageId: mail.messageId,
    text: mail.text,
    headerNames: [...mail.headers.keys()],
    attachments: mail.attachments.map((a) => ({
      contentType: a.contentType,
      filename: a.filename,
      content: a.content.toString("utf8"),
    })),
  }));
});
