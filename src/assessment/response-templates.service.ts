import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import type { Procedure } from '../procedures/entities/procedure.entity.js';
import { AssessmentService } from './assessment.service.js';
import type { ResponseTemplateDto, ResponseTemplateInputDto } from './dto/assessment.dto.js';
import { ResponseTemplate } from './entities/response-template.entity.js';

function assertTopic(procedure: Procedure, topic: string | null | undefined): void {
  if (topic && !procedure.topics.includes(topic)) {
    throw AppError.field('VALIDATION_FAILED', 'topic', 'isIn', {
      de: `Erlaubt sind: ${procedure.topics.join(', ') || '(keine Themen)'}.`,
      en: `Allowed values: ${procedure.topics.join(', ') || '(no topics)'}.`,
    });
  }
}

const templateDto = (t: ResponseTemplate): ResponseTemplateDto => ({
  id: t.id,
  procedureId: t.procedureId,
  title: t.title,
  topic: t.topic,
  result: t.result,
  text: t.text,
  updatedAt: t.updatedAt.toISOString(),
});

/** Standard responses (Textbausteine) of a procedure, per topic or for all. */
@Injectable()
export class ResponseTemplatesService {
  constructor(
    @InjectRepository(ResponseTemplate) private readonly repo: Repository<ResponseTemplate>,
    private readonly assessment: AssessmentService,
  ) {}

  async list(procedureId: string, topic: string | undefined): Promise<ResponseTemplateDto[]> {
    await this.assessment.procedure(procedureId);
    const rows = await this.repo.find({
      where: topic
        ? [
            { procedureId, topic },
            { procedureId, topic: IsNull() },
          ]
        : { procedureId },
      order: { title: 'ASC' },
    });
    return rows.map(templateDto);
  }

  async create(procedureId: string, dto: ResponseTemplateInputDto): Promise<ResponseTemplateDto> {
    const procedure = await this.assessment.procedure(procedureId);
    assertTopic(procedure, dto.topic);
    const saved = await this.repo.save(
      this.repo.create({
        procedureId,
        title: dto.title,
        topic: dto.topic ?? null,
        result: dto.result,
        text: dto.text,
      }),
    );
    return templateDto(saved);
  }

  async update(id: string, dto: ResponseTemplateInputDto): Promise<ResponseTemplateDto> {
    const template = await this.repo.findOneBy({ id });
    if (!template) throw new AppError('RESPONSE_TEMPLATE_NOT_FOUND');
    assertTopic(await this.assessment.procedure(template.procedureId), dto.topic);
    Object.assign(template, {
      title: dto.title,
      topic: dto.topic ?? null,
      result: dto.result,
      text: dto.text,
    });
    return templateDto(await this.repo.save(template));
  }

  async delete(id: string): Promise<void> {
    const result = await this.repo.delete({ id });
    if (!result.affected) throw new AppError('RESPONSE_TEMPLATE_NOT_FOUND');
  }
}
