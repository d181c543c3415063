import "@/lib/i18n";

// jsdom's Blob cannot be streamed, and undici's Request streams each file of a multipart body (an upload) to encode it:
// without this, sending a file would wait forever
Blob.prototype.stream ??= function stream(this: Blob) {
  const blob = this;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      const reader = new FileReader();
      reader.onload = () => {
        controller.enqueue(new Uint8Array(reader.result as ArrayBuffer));
        controller.close();
      };
      reader.onerror = () => controller.error(reader.error);
      reader.readAsArrayBuffer(blob);
    },
  });
};
