import { Module } from '@nestjs/common';
import { FileStorage, LocalFileStorage } from './file-storage.js';

@Module({
  providers: [{ provide: FileStorage, useClass: LocalFileStorage }],
  exports: [FileStorage],
})
export class StorageModule {}
