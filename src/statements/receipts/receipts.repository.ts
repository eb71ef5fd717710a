import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Statement } from '../entities/statement.entity.js';

/** A statement with the titles its receipt names. */
export type StatementWithTitles = Statement & { procedureTitle: string; phaseTitle: string };

/** Reads a statement for its submitter's private views. */
@Injectable()
export class ReceiptsRepository {
  constructor(@InjectRepository(Statement) private readonly statements: Repository<Statement>) {}

  async byReference(reference: string): Promise<StatementWithTitles | undefined> {
    const statement = await this.statements.findOne({
      where: { reference },
      relations: { procedure: true, phase: true },
    });
    if (!statement) return undefined;
    return Object.assign(statement, {
      procedureTitle: statement.procedure?.title ?? '',
      phaseTitle: statement.phase?.title ?? '',
    });
  }
}
